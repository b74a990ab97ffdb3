import { useEffect, useState } from 'react';

export type Route =
  | { name: 'catalogue' }
  | { name: 'course'; courseId: string }
  | { name: 'lesson'; courseId: string; lessonId: string }
  | { name: 'quiz'; courseId: string; quizId: string }
  | { name: 'attempt'; courseId: string; quizId: string; attemptId: string }
  | { name: 'glossary'; courseId: string; termId: string }
  | { name: 'search'; query: string }
  | { name: 'certificates' }
  | { name: 'verify' }
  | { name: 'admin'; tab?: AdminTab }
  | { name: 'trainer' }
  | { name: 'trainerSession'; sessionId: string; tab?: SessionTab }
  | { name: 'door'; sessionId: string }
  /** `slide` counts from 0 (the title slide); a negative one counts from the end. */
  | { name: 'present'; courseId: string; lessonId: string; slide?: number }
  | { name: 'presentAudience'; courseId: string; lessonId: string }
  | { name: 'roomQuiz'; courseId: string; quizId: string; sessionId?: string }
  /** Joining a live classroom; `code` comes from the trainer's link or QR code. */
  | { name: 'join'; code: string | null };

export const SESSION_TABS = ['roster', 'attendance', 'plan', 'live', 'progress', 'report'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

export const ADMIN_TABS = ['records', 'dashboard', 'learners', 'certificates', 'settings'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'search') return { name: 'search', query: parts[1] ?? '' };
  if (parts[0] === 'certificates') return { name: 'certificates' };
  if (parts[0] === 'verify') return { name: 'verify' };
  if (parts[0] === 'join') return { name: 'join', code: parts[1] ?? null };
  if (parts[0] === 'present' && parts[1] && parts[2]) {
    const slide = Number.parseInt(parts[3] ?? '', 10);
    const route = { name: 'present', courseId: parts[1], lessonId: parts[2] } as const;
    return Number.isNaN(slide) ? route : { ...route, slide };
  }
  if (parts[0] === 'present-audience' && parts[1] && parts[2]) {
    return { name: 'presentAudience', courseId: parts[1], lessonId: parts[2] };
  }
  if (parts[0] === 'room-quiz' && parts[1] && parts[2]) {
    return parts[3] === 'session' && parts[4]
      ? { name: 'roomQuiz', courseId: parts[1], quizId: parts[2], sessionId: parts[4] }
      : { name: 'roomQuiz', courseId: parts[1], quizId: parts[2] };
  }
  if (parts[0] === 'trainer') {
    if (parts[1] === 'session' && parts[2]) {
      if (parts[3] === 'door') return { name: 'door', sessionId: parts[2] };
      const tab = SESSION_TABS.find((t) => t === parts[3]);
      return tab
        ? { name: 'trainerSession', sessionId: parts[2], tab }
        : { name: 'trainerSession', sessionId: parts[2] };
    }
    return { name: 'trainer' };
  }
  if (parts[0] === 'admin') {
    const tab = ADMIN_TABS.find((t) => t === parts[1]);
    return tab ? { name: 'admin', tab } : { name: 'admin' };
  }
  if (parts[0] === 'course' && parts[1]) {
    if (parts[2] === 'lesson' && parts[3]) return { name: 'lesson', courseId: parts[1], lessonId: parts[3] };
    if (parts[2] === 'glossary' && parts[3]) return { name: 'glossary', courseId: parts[1], termId: parts[3] };
    if (parts[2] === 'quiz' && parts[3]) {
      if (parts[4] === 'attempt' && parts[5]) {
        return { name: 'attempt', courseId: parts[1], quizId: parts[3], attemptId: parts[5] };
      }
      return { name: 'quiz', courseId: parts[1], quizId: parts[3] };
    }
    return { name: 'course', courseId: parts[1] };
  }
  return { name: 'catalogue' };
}

export function routeHash(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'catalogue':
      return '#/';
    case 'course':
      return `#/course/${e(route.courseId)}`;
    case 'lesson':
      return `#/course/${e(route.courseId)}/lesson/${e(route.lessonId)}`;
    case 'quiz':
      return `#/course/${e(route.courseId)}/quiz/${e(route.quizId)}`;
    case 'attempt':
      return `#/course/${e(route.courseId)}/quiz/${e(route.quizId)}/attempt/${e(route.attemptId)}`;
    case 'glossary':
      return `#/course/${e(route.courseId)}/glossary/${e(route.termId)}`;
    case 'search':
      return `#/search/${e(route.query)}`;
    case 'certificates':
      return '#/certificates';
    case 'verify':
      return '#/verify';
    case 'admin':
      return route.tab ? `#/admin/${route.tab}` : '#/admin';
    case 'trainer':
      return '#/trainer';
    case 'trainerSession':
      return `#/trainer/session/${e(route.sessionId)}${route.tab ? `/${route.tab}` : ''}`;
    case 'door':
      return `#/trainer/session/${e(route.sessionId)}/door`;
    case 'present':
      return `#/present/${e(route.courseId)}/${e(route.lessonId)}${route.slide ? `/${route.slide}` : ''}`;
    case 'presentAudience':
      return `#/present-audience/${e(route.courseId)}/${e(route.lessonId)}`;
    case 'join':
      return route.code ? `#/join/${e(route.code)}` : '#/join';
    case 'roomQuiz':
      return `#/room-quiz/${e(route.courseId)}/${e(route.quizId)}${route.sessionId ? `/session/${e(route.sessionId)}` : ''}`;
  }
}

export function navigate(route: Route, replace = false): void {
  const hash = routeHash(route);
  if (replace) history.replaceState(null, '', hash);
  else location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Hash routing keeps Back/Forward working in both the Electron window and a browser, with no router library. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
