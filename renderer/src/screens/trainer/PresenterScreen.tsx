import { useMemo, useRef, useState } from 'react';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { bindAll, NEXT_KEYS, PREVIOUS_KEYS, runKey, useDeckKeys, type KeyBindings } from './present/deck-keys.ts';
import { FacilitatorNotes } from './present/FacilitatorNotes.tsx';
import { languageKeys, rememberedLanguages, rememberLanguages, type Languages } from './present/languages.ts';
import { PresenterConsole } from './present/PresenterConsole.tsx';
import { PresenterToolbar } from './present/PresenterToolbar.tsx';
import { deckLength, SlideView } from './present/SlideView.tsx';
import { useAudienceLink } from './present/useAudienceLink.ts';
import { useFullscreen } from './present/useFullscreen.ts';
import { usePresentLesson } from './present/usePresentLesson.ts';
import { TrainerGate } from './TrainerGate.tsx';

export type PresenterScreenProps = {
  courseId: string;
  lessonId: string;
  /** The slide shown (0 is the title slide); negative counts from the end, as when stepping back a lesson. */
  slide?: number;
};

/** Presenter mode: a lesson for the room, one idea per slide, behind the trainer passphrase. */
export function PresenterScreen(props: PresenterScreenProps) {
  return (
    <main id="main" className="present-page">
      <TrainerGate>
        <Presenter {...props} />
      </TrainerGate>
    </main>
  );
}

/** Back to where the trainer came from; the presenter's own moves replace history entries, so one step is enough. */
function leavePresenting(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  if (history.length > 1) history.back();
  else navigate({ name: 'catalogue' });
}

/**
 * Stays mounted from lesson to lesson (the slide position lives in the address), so full screen and the audience
 * window carry on across the course. Without an audience window the notes stay hidden until N shows them, so they
 * are never projected by accident.
 */
function Presenter({ courseId, lessonId, slide = 0 }: PresenterScreenProps) {
  const { t, pick, language } = useI18n();
  const { lesson, error, keepAlive } = usePresentLesson(courseId, lessonId);
  const [languages, setLanguagesState] = useState<Languages>(() => rememberedLanguages(language));
  const [isNotesShown, setNotesShown] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { isFullscreen, toggle: toggleFullscreen } = useFullscreen(root);
  const count = lesson ? deckLength(lesson) : 1;
  const index = Math.min(Math.max(slide < 0 ? count + slide : slide, 0), count - 1);

  const view = useMemo(
    () => (lesson ? { lesson, index, languages, uiLanguage: language } : null),
    [lesson, index, languages, language],
  );
  const audience = useAudienceLink(view, (key) => runKey(bindings, key));

  function setLanguages(next: Languages) {
    rememberLanguages(next);
    setLanguagesState(next);
  }
  function showLesson(nextLessonId: string, at = 0) {
    navigate({ name: 'present', courseId, lessonId: nextLessonId, slide: at }, true);
  }
  /** Past the last slide is the next lesson's title; before the first is the previous lesson's last slide. */
  function go(target: number) {
    if (!lesson) return;
    keepAlive();
    if (target >= count) {
      if (lesson.nextLessonId) showLesson(lesson.nextLessonId);
    } else if (target < 0) {
      if (lesson.previousLessonId) showLesson(lesson.previousLessonId, -1);
    } else navigate({ name: 'present', courseId, lessonId, slide: target }, true);
  }
  function leave() {
    audience.close();
    leavePresenting();
  }

  const bindings: KeyBindings = {
    ...bindAll(NEXT_KEYS, () => go(index + 1)),
    ...bindAll(PREVIOUS_KEYS, () => go(index - 1)),
    Home: () => go(0),
    End: () => go(count - 1),
    ...languageKeys(languages, setLanguages),
    n: () => setNotesShown((shown) => !shown),
    f: toggleFullscreen,
    Escape: () => (document.fullscreenElement ? toggleFullscreen() : leave()),
  };
  useDeckKeys(bindings);

  return (
    <div ref={root} className={`present${isFullscreen ? ' is-fullscreen' : ''}`}>
      {lesson && <h1 className="visually-hidden">{t.present.presenting(pick(lesson.title))}</h1>}
      {lesson && !isFullscreen && (
        <PresenterToolbar
          lesson={lesson}
          index={index}
          languages={languages}
          isNotesShown={isNotesShown}
          isAudienceOpen={audience.isConnected}
          onGo={go}
          onLesson={showLesson}
          onLanguages={setLanguages}
          onNotes={() => setNotesShown((shown) => !shown)}
          onAudience={audience.isConnected ? audience.close : audience.open}
          onFullscreen={toggleFullscreen}
          onQuiz={(quizId) => navigate({ name: 'roomQuiz', courseId, quizId })}
          onLeave={leave}
        />
      )}
      {!lesson ? (
        <div className="present-stage" aria-busy={!error}>
          {error ? <ErrorNotice error={error} /> : <p className="present-loading">{t.present.loading}</p>}
        </div>
      ) : audience.isConnected ? (
        <PresenterConsole lesson={lesson} index={index} languages={languages} />
      ) : (
        <>
          <div className="present-stage">
            <SlideView lesson={lesson} index={index} languages={languages} />
          </div>
          {isNotesShown && <FacilitatorNotes lesson={lesson} />}
        </>
      )}
    </div>
  );
}
