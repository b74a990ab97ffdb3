import { lazy, Suspense, useState } from 'react';
import type { Language } from '../../../electron/shared/bilingual.ts';
import type { HubState } from '../../../electron/shared/live-classroom.ts';
import { lms } from '../api/lms-client.ts';
import { useRoute, type Route } from '../app/route.ts';
import { useDocumentLanguage } from '../app/useDocumentLanguage.ts';
import { errorShape } from '../components/ErrorNotice.tsx';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { catalogues, I18nProvider, useI18n } from '../i18n/i18n.tsx';
import { LoadingScreen } from '../screens/StartupScreens.tsx';
import { forgetMemberToken, hasMemberToken } from './guest-credentials.ts';
import { GuestJoin } from './GuestJoin.tsx';
import { LiveQuestionCard } from './LiveQuestionCard.tsx';
import { usePolling } from './usePolling.ts';

const CourseScreen = lazy(() => import('../screens/CourseScreen.tsx').then((m) => ({ default: m.CourseScreen })));
const LessonScreen = lazy(() => import('../screens/LessonScreen.tsx').then((m) => ({ default: m.LessonScreen })));
const QuizScreen = lazy(() => import('../screens/quiz/QuizScreen.tsx').then((m) => ({ default: m.QuizScreen })));
const AttemptScreen = lazy(() =>
  import('../screens/quiz/AttemptScreen.tsx').then((m) => ({ default: m.AttemptScreen })),
);

const LANGUAGE_KEY = 'rian-language';
const POLL_MS = 2_000;

function storedLanguage(): Language {
  const kept = localStorage.getItem(LANGUAGE_KEY);
  if (kept === 'th' || kept === 'en') return kept;
  return navigator.language.toLowerCase().startsWith('th') ? 'th' : 'en';
}

/**
 * Rian in a trainee's browser, served by the trainer's laptop: join with the code and a name, then the class
 * course (and only it) with the trainer's questions. Progress is recorded on the trainer's laptop as it happens.
 */
export function GuestApp() {
  const [language, setLanguageState] = useState(storedLanguage);
  const [isJoined, setJoined] = useState(hasMemberToken);
  const [state, setState] = useState<HubState | null>(null);
  const [isOnline, setOnline] = useState(true);
  const route = useRoute();
  useDocumentLanguage(language, `${catalogues[language].join.guestTitle} — Rian`);
  usePolling(
    () =>
      lms.hub.state({}).then(
        (s) => {
          setState(s);
          setOnline(true);
        },
        (e: unknown) => {
          // The hub no longer knows this browser's token (a new classroom, or storage from elsewhere): join again.
          if (errorShape(e)?.code === 'FORBIDDEN') {
            forgetMemberToken();
            setJoined(false);
            setState(null);
          } else setOnline(false);
        },
      ),
    POLL_MS,
    isJoined,
  );
  const setLanguage = (l: Language) => {
    localStorage.setItem(LANGUAGE_KEY, l);
    setLanguageState(l);
  };

  return (
    <I18nProvider language={language}>
      <GuestHeader state={state} onLanguage={setLanguage} />
      {!isJoined && <GuestJoin code={route.name === 'join' ? route.code : null} onJoined={() => setJoined(true)} />}
      {isJoined && !state && <LoadingScreen />}
      {isJoined && state && (
        <>
          <GuestBar state={state} isOnline={isOnline} onAnswered={setState} />
          {state.status !== 'declined' && (
            <Suspense fallback={<LoadingScreen />}>
              <GuestRoutes route={route} courseId={state.session.courseId} />
            </Suspense>
          )}
        </>
      )}
    </I18nProvider>
  );
}

function GuestHeader({ state, onLanguage }: { state: HubState | null; onLanguage(l: Language): void }) {
  const { t, pick } = useI18n();
  return (
    <header className="app-header">
      <Brand tagline={state ? pick(state.session.courseTitle) : t.appTagline} />
      <div className="header-tools">
        <LanguageSwitch onChange={onLanguage} />
      </div>
    </header>
  );
}

function GuestBar({
  state,
  isOnline,
  onAnswered,
}: {
  state: HubState;
  isOnline: boolean;
  onAnswered(state: HubState): void;
}) {
  const { t } = useI18n();
  const c = t.classroomBar;
  return (
    <div className="classroom-bar-wrap">
      <section className="classroom-bar" aria-label={c.label}>
        <p className="classroom-bar-title">
          <span className="classroom-bar-label">{c.label}</span> {state.session.title}
        </p>
        <p className={`classroom-sync ${isOnline ? 'is-synced' : 'is-offline'}`} role="status">
          <span className="classroom-sync-dot" aria-hidden="true" /> {isOnline ? c.connected : c.lost}
        </p>
        {state.status === 'pending' && <p className="classroom-bar-note">{c.pending}</p>}
        {state.status === 'declined' && <p className="classroom-bar-note">{c.declined}</p>}
      </section>
      {state.question && (
        <LiveQuestionCard
          question={state.question}
          onAnswer={(choiceIds) =>
            lms.hub
              .answer({ runId: state.question!.runId, choiceIds })
              .then((question) => onAnswered({ ...state, question }))
          }
        />
      )}
    </div>
  );
}

/** The class course's screens; anything else (another course, the catalogue) shows the class course. */
function GuestRoutes({ route, courseId }: { route: Route; courseId: string }) {
  const isClassCourse = 'courseId' in route && route.courseId === courseId;
  if (isClassCourse && route.name === 'lesson') {
    return <LessonScreen key={route.lessonId} courseId={courseId} lessonId={route.lessonId} />;
  }
  if (isClassCourse && route.name === 'quiz') {
    return <QuizScreen key={route.quizId} courseId={courseId} quizId={route.quizId} />;
  }
  if (isClassCourse && route.name === 'attempt') {
    return (
      <AttemptScreen key={route.attemptId} courseId={courseId} quizId={route.quizId} attemptId={route.attemptId} />
    );
  }
  return (
    <CourseScreen
      key={courseId}
      courseId={courseId}
      focusTermId={isClassCourse && route.name === 'glossary' ? route.termId : null}
    />
  );
}
