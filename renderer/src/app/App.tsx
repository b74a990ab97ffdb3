import { Header } from '../components/Header.tsx';
import { catalogues, I18nProvider } from '../i18n/i18n.tsx';
import { lazy, Suspense } from 'react';
import { CatalogueScreen } from '../screens/CatalogueScreen.tsx';
import { LoadingScreen, StartupProblemScreen, UnreachableScreen } from '../screens/StartupScreens.tsx';
import { useRoute, type Route } from './route.ts';
import { useBoot } from './useBoot.ts';
import { useDocumentLanguage } from './useDocumentLanguage.ts';

// Loaded on demand so the catalogue paints without the Markdown renderer or the form validation code.
const CourseScreen = lazy(() => import('../screens/CourseScreen.tsx').then((m) => ({ default: m.CourseScreen })));
const LessonScreen = lazy(() => import('../screens/LessonScreen.tsx').then((m) => ({ default: m.LessonScreen })));
const QuizScreen = lazy(() => import('../screens/quiz/QuizScreen.tsx').then((m) => ({ default: m.QuizScreen })));
const AttemptScreen = lazy(() =>
  import('../screens/quiz/AttemptScreen.tsx').then((m) => ({ default: m.AttemptScreen })),
);
const SearchScreen = lazy(() => import('../screens/SearchScreen.tsx').then((m) => ({ default: m.SearchScreen })));
const CertificatesScreen = lazy(() =>
  import('../screens/CertificatesScreen.tsx').then((m) => ({ default: m.CertificatesScreen })),
);
const VerifyScreen = lazy(() => import('../screens/VerifyScreen.tsx').then((m) => ({ default: m.VerifyScreen })));
const AdminScreen = lazy(() => import('../screens/admin/AdminScreen.tsx').then((m) => ({ default: m.AdminScreen })));
const TrainerScreen = lazy(() =>
  import('../screens/trainer/TrainerScreen.tsx').then((m) => ({ default: m.TrainerScreen })),
);
const SessionScreen = lazy(() =>
  import('../screens/trainer/SessionScreen.tsx').then((m) => ({ default: m.SessionScreen })),
);
const DoorScreen = lazy(() => import('../screens/trainer/DoorScreen.tsx').then((m) => ({ default: m.DoorScreen })));
const PresenterScreen = lazy(() =>
  import('../screens/trainer/PresenterScreen.tsx').then((m) => ({ default: m.PresenterScreen })),
);
const AudienceScreen = lazy(() =>
  import('../screens/trainer/present/AudienceScreen.tsx').then((m) => ({ default: m.AudienceScreen })),
);
const SessionRoomQuizScreen = lazy(() =>
  import('../screens/trainer/SessionRoomQuiz.tsx').then((m) => ({ default: m.SessionRoomQuizScreen })),
);
const RoomQuizScreen = lazy(() =>
  import('../screens/trainer/RoomQuiz.tsx').then((m) => ({ default: m.RoomQuizScreen })),
);
const JoinScreen = lazy(() => import('../classroom/JoinScreen.tsx').then((m) => ({ default: m.JoinScreen })));
const ClassroomBar = lazy(() => import('../classroom/ClassroomBar.tsx').then((m) => ({ default: m.ClassroomBar })));
const ProfilesScreen = lazy(() => import('../screens/ProfilesScreen.tsx').then((m) => ({ default: m.ProfilesScreen })));

/** Screens that work before anyone has chosen a profile: verifying, administration and the trainer's area. */
const OPEN_BEFORE_SIGN_IN = new Set<Route['name']>([
  'verify',
  'admin',
  'trainer',
  'trainerSession',
  'door',
  'present',
  'roomQuiz',
]);

/** A learner's own screens, where the classroom bar shows whether their progress has reached the trainer. */
const LEARNER_SCREENS = new Set<Route['name']>([
  'catalogue',
  'course',
  'lesson',
  'quiz',
  'attempt',
  'glossary',
  'search',
  'certificates',
]);

/** The trainer's screens, the same whether or not a learner is signed in on this laptop. */
function TrainerRoutes({ route }: { route: Route }) {
  if (route.name === 'trainer') return <TrainerScreen />;
  if (route.name === 'trainerSession') {
    return <SessionScreen key={route.sessionId} sessionId={route.sessionId} tab={route.tab ?? 'roster'} />;
  }
  if (route.name === 'door') return <DoorScreen sessionId={route.sessionId} />;
  // Not keyed by lesson: the presenter stays mounted across lessons, so full screen carries on.
  if (route.name === 'present') {
    return (
      <PresenterScreen key={route.courseId} courseId={route.courseId} lessonId={route.lessonId} slide={route.slide} />
    );
  }
  if (route.name === 'roomQuiz' && route.sessionId) {
    return (
      <SessionRoomQuizScreen
        key={`${route.sessionId}/${route.quizId}`}
        courseId={route.courseId}
        quizId={route.quizId}
        sessionId={route.sessionId}
      />
    );
  }
  if (route.name === 'roomQuiz') {
    return <RoomQuizScreen key={`${route.courseId}/${route.quizId}`} courseId={route.courseId} quizId={route.quizId} />;
  }
  return null;
}

export function App() {
  const { boot, language, languageChosen, setLanguage, signedIn, switchProfile, retry } = useBoot();
  const route = useRoute();
  useDocumentLanguage(language, `${catalogues[language].appName} — Rian`);
  const profile = boot.phase === 'ready' ? boot.profile : null;

  // The projector's window shows only what the presenter's window sends it: no header, no sign-in, no backend.
  if (route.name === 'presentAudience') {
    return (
      <I18nProvider language={language}>
        <Suspense fallback={null}>
          <AudienceScreen />
        </Suspense>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider language={language}>
      <Header profile={profile} onLanguage={(l) => void setLanguage(l)} onSwitchProfile={() => void switchProfile()} />
      <Suspense fallback={<LoadingScreen />}>
        {boot.phase === 'ready' && LEARNER_SCREENS.has(route.name) && (
          <Suspense fallback={null}>
            <ClassroomBar />
          </Suspense>
        )}
        {boot.phase === 'loading' && <LoadingScreen />}
        {boot.phase === 'unreachable' && <UnreachableScreen onRetry={() => void retry()} />}
        {boot.phase === 'problem' && <StartupProblemScreen status={boot.status} />}
        {boot.phase === 'profiles' && route.name === 'verify' && <VerifyScreen />}
        {(boot.phase === 'profiles' || boot.phase === 'ready') && <TrainerRoutes route={route} />}
        {boot.phase === 'profiles' && route.name === 'admin' && <AdminScreen tab={route.tab ?? 'records'} />}
        {boot.phase === 'profiles' && !OPEN_BEFORE_SIGN_IN.has(route.name) && (
          <ProfilesScreen
            profiles={boot.profiles}
            isLanguageChosen={languageChosen}
            onLanguage={(l) => void setLanguage(l)}
            onSignedIn={signedIn}
          />
        )}
        {boot.phase === 'ready' && route.name === 'catalogue' && <CatalogueScreen status={boot.status} />}
        {boot.phase === 'ready' && (route.name === 'course' || route.name === 'glossary') && (
          <CourseScreen
            key={route.courseId}
            courseId={route.courseId}
            focusTermId={route.name === 'glossary' ? route.termId : null}
          />
        )}
        {boot.phase === 'ready' && route.name === 'lesson' && (
          <LessonScreen
            key={`${route.courseId}/${route.lessonId}`}
            courseId={route.courseId}
            lessonId={route.lessonId}
          />
        )}
        {boot.phase === 'ready' && route.name === 'quiz' && (
          <QuizScreen key={`${route.courseId}/${route.quizId}`} courseId={route.courseId} quizId={route.quizId} />
        )}
        {boot.phase === 'ready' && route.name === 'attempt' && (
          <AttemptScreen
            key={route.attemptId}
            courseId={route.courseId}
            quizId={route.quizId}
            attemptId={route.attemptId}
          />
        )}
        {boot.phase === 'ready' && route.name === 'search' && <SearchScreen query={route.query} />}
        {boot.phase === 'ready' && route.name === 'certificates' && <CertificatesScreen />}
        {boot.phase === 'ready' && route.name === 'join' && <JoinScreen code={route.code} />}
        {boot.phase === 'ready' && route.name === 'verify' && <VerifyScreen />}
        {boot.phase === 'ready' && route.name === 'admin' && <AdminScreen tab={route.tab ?? 'records'} />}
      </Suspense>
    </I18nProvider>
  );
}
