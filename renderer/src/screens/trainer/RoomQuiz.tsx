import { useEffect, useMemo, useRef, useState } from 'react';
import type { PresentQuiz } from '../../../../electron/shared/present.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice, errorShape } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { bindAll, NEXT_KEYS, PREVIOUS_KEYS, useDeckKeys } from './present/deck-keys.ts';
import { KeysHelp } from './present/KeysHelp.tsx';
import { LanguagePicker } from './present/LanguagePicker.tsx';
import { languageKeys, rememberedLanguages, rememberLanguages, type Languages } from './present/languages.ts';
import { RoomQuestion } from './present/RoomQuestion.tsx';
import { RoomRoster } from './present/RoomRoster.tsx';
import { roomSteps } from '../../../../electron/shared/room-steps.ts';
import { roomResults, type RoomResult, type RosterEntry } from './present/room-steps.ts';
import { RoomResults } from './present/RoomResults.tsx';
import { RoomSummary } from './present/RoomSummary.tsx';
import { useFitText } from './present/useFitText.ts';
import { useFullscreen } from './present/useFullscreen.ts';
import { TrainerGate, useTrainerGate } from './TrainerGate.tsx';

export type RoomQuizProps = {
  courseId: string;
  quizId: string;
  /** Trainees in the room: with a roster the trainer can tick who answered each question correctly. */
  roster?: RosterEntry[];
  /** Receives each trainee's tally when the trainer saves the results at the end. */
  onResults?(results: RoomResult[]): void;
};

/** The room quiz as a screen of its own (the `#/room-quiz/…` route), behind the trainer passphrase. */
export function RoomQuizScreen(props: RoomQuizProps) {
  return (
    <main id="main" className="present-page">
      <TrainerGate>
        <RoomQuiz {...props} />
      </TrainerGate>
    </main>
  );
}

/**
 * A quiz run for the whole room, inside a TrainerGate: one question at a time, large; the trainer reveals the answer
 * and the explanation, then moves on; a summary at the end. Remote keys: PageDown reveals, then moves on.
 */
export function RoomQuiz({ courseId, quizId, roster, onResults }: RoomQuizProps) {
  const { t, pick, language } = useI18n();
  const p = t.present;
  const { recheck } = useTrainerGate();
  const [quiz, setQuiz] = useState<PresentQuiz | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [at, setAt] = useState(0);
  const [isRevealed, setRevealed] = useState(false);
  const [languages, setLanguagesState] = useState<Languages>(() => rememberedLanguages(language));
  const [correctBy, setCorrectBy] = useState<Record<string, string[]>>({});
  const [isRosterShown, setRosterShown] = useState(true);
  const [isSaved, setSaved] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const { isFullscreen, toggle: toggleFullscreen } = useFullscreen(stage);

  useEffect(() => {
    lms.present.quiz({ courseId, quizId }).then(setQuiz, (e: unknown) => {
      if (errorShape(e)?.code === 'FORBIDDEN') recheck();
      else setError(e);
    });
  }, [courseId, quizId, recheck]);

  const steps = useMemo(() => (quiz ? roomSteps(quiz.questions) : []), [quiz]);
  const step = steps[at];
  const trainees = roster ?? [];
  const hasRoster = trainees.length > 0;
  useFitText(box, `${quiz?.quizId}/${at}/${isRevealed}/${languages}`);

  function setLanguages(next: Languages) {
    rememberLanguages(next);
    setLanguagesState(next);
  }
  function show(index: number, revealed: boolean) {
    setAt(Math.min(Math.max(index, 0), steps.length));
    setRevealed(revealed);
  }
  const advance = () => (step && !isRevealed ? setRevealed(true) : show(at + 1, false));
  const back = () => (isRevealed ? setRevealed(false) : show(at - 1, at > 0));
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    if (history.length > 1) history.back();
    else navigate({ name: 'catalogue' });
  };

  useDeckKeys({
    ...bindAll(NEXT_KEYS, advance),
    ...bindAll(PREVIOUS_KEYS, back),
    Home: () => show(0, false),
    End: () => show(steps.length, false),
    r: () => step && setRevealed((shown) => !shown),
    ...languageKeys(languages, setLanguages),
    f: toggleFullscreen,
    Escape: () => (document.fullscreenElement ? toggleFullscreen() : leave()),
  });

  if (!quiz) {
    return (
      <div className="present-stage" aria-busy={!error}>
        {error ? <ErrorNotice error={error} /> : <p className="present-loading">{p.loading}</p>}
      </div>
    );
  }
  return (
    <div className="room">
      <div className="present-toolbar" role="toolbar" aria-label={p.controls}>
        <div className="present-toolbar-group">
          <button type="button" className="button button-quiet" onClick={leave}>
            {p.leave}
          </button>
          <h1 className="room-title">{pick(quiz.title)}</h1>
        </div>
        <div className="present-toolbar-group">
          <button type="button" className="button button-secondary" onClick={back} disabled={at === 0 && !isRevealed}>
            ← {p.previousQuestion}
          </button>
          <p className="present-count" aria-live="polite">
            {step ? p.questionOf(at + 1, steps.length) : p.summaryTitle}
          </p>
          <button
            type="button"
            className="present-toggle"
            aria-pressed={isRevealed}
            disabled={!step}
            onClick={() => setRevealed((shown) => !shown)}
          >
            {p.reveal}
          </button>
          <button type="button" className="button button-primary" onClick={() => show(at + 1, false)} disabled={!step}>
            {p.nextQuestion} →
          </button>
        </div>
        <div className="present-toolbar-group">
          <LanguagePicker languages={languages} onLanguages={setLanguages} />
          {hasRoster && (
            <button
              type="button"
              className="present-toggle"
              aria-pressed={isRosterShown}
              onClick={() => setRosterShown((shown) => !shown)}
            >
              {p.recordResults}
            </button>
          )}
          <button type="button" className="present-toggle" onClick={toggleFullscreen}>
            {p.fullscreen}
          </button>
          <KeysHelp keys={p.quizKeys} />
        </div>
      </div>
      <div className="room-body">
        <div ref={stage} className={`room-stage${isFullscreen ? ' is-fullscreen' : ''}`}>
          <div ref={box} className="room-box">
            {step ? (
              <RoomQuestion
                key={step.key}
                step={step}
                number={at + 1}
                total={steps.length}
                languages={languages}
                isRevealed={isRevealed}
              />
            ) : (
              <RoomSummary questionCount={steps.length} onRestart={() => show(0, false)} />
            )}
          </div>
        </div>
        {hasRoster && isRosterShown && step && (
          <RoomRoster
            roster={trainees}
            correct={correctBy[step.key] ?? []}
            onCorrect={(ids) => {
              setSaved(false);
              setCorrectBy((all) => ({ ...all, [step.key]: ids }));
            }}
          />
        )}
        {hasRoster && !step && (
          <RoomResults
            roster={trainees}
            results={roomResults(trainees, correctBy, steps)}
            isSaved={isSaved}
            onSave={
              onResults &&
              (() => {
                onResults(roomResults(trainees, correctBy, steps));
                setSaved(true);
              })
            }
          />
        )}
      </div>
    </div>
  );
}
