import { useEffect, useState } from 'react';

export type Route =
  { name: 'catalogue' } | { name: 'course'; courseId: string } | { name: 'lesson'; courseId: string; lessonId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'course' && parts[1]) {
    if (parts[2] === 'lesson' && parts[3]) return { name: 'lesson', courseId: parts[1], lessonId: parts[3] };
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
