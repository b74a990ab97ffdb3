import type { PresentLesson } from '../../../../../electron/shared/present.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { KeysHelp } from './KeysHelp.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import type { Languages } from './languages.ts';
import { deckLength } from './SlideView.tsx';

export type PresenterToolbarProps = {
  lesson: PresentLesson;
  index: number;
  languages: Languages;
  isNotesShown: boolean;
  isAudienceOpen: boolean;
  onGo(index: number): void;
  onLesson(lessonId: string): void;
  onLanguages(languages: Languages): void;
  onNotes(): void;
  onAudience(): void;
  onFullscreen(): void;
  onQuiz(quizId: string): void;
  onLeave(): void;
};

/** The trainer's controls; hidden in full screen, where the keys do the same. */
export function PresenterToolbar(props: PresenterToolbarProps) {
  const { t, pick } = useI18n();
  const p = t.present;
  const { lesson, index } = props;
  const module = lesson.outline.modules.find((m) => m.lessons.some((l) => l.id === lesson.lessonId));
  return (
    <div className="present-toolbar" role="toolbar" aria-label={p.controls}>
      <div className="present-toolbar-group">
        <button type="button" className="button button-quiet" onClick={props.onLeave}>
          {p.leave}
        </button>
        <label className="present-lesson-pick">
          <span className="visually-hidden">{p.lesson}</span>
          <select value={lesson.lessonId} onChange={(e) => props.onLesson(e.target.value)}>
            {lesson.outline.modules.map((m) => (
              <optgroup key={m.id} label={pick(m.title)}>
                {m.lessons.map((l) => (
                  <option key={l.id} value={l.id}>
                    {pick(l.title)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-secondary"
          disabled={!lesson.previousLessonId}
          onClick={() => lesson.previousLessonId && props.onLesson(lesson.previousLessonId)}
        >
          {p.previousLesson}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!lesson.nextLessonId}
          onClick={() => lesson.nextLessonId && props.onLesson(lesson.nextLessonId)}
        >
          {p.nextLesson}
        </button>
        {module?.quiz && (
          <button
            type="button"
            className="button button-secondary"
            title={pick(module.quiz.title)}
            onClick={() => props.onQuiz(module.quiz!.id)}
          >
            {p.runQuiz}
          </button>
        )}
      </div>
      <div className="present-toolbar-group">
        <button type="button" className="button button-secondary" onClick={() => props.onGo(index - 1)}>
          ← {p.previousSlide}
        </button>
        <p className="present-count" aria-live="polite">
          {p.slideOf(index + 1, deckLength(lesson))}
        </p>
        <button type="button" className="button button-primary" onClick={() => props.onGo(index + 1)}>
          {p.nextSlide} →
        </button>
      </div>
      <div className="present-toolbar-group">
        <LanguagePicker languages={props.languages} onLanguages={props.onLanguages} />
        {!props.isAudienceOpen && (
          <button type="button" className="present-toggle" aria-pressed={props.isNotesShown} onClick={props.onNotes}>
            {p.notesToggle}
          </button>
        )}
        <button type="button" className="present-toggle" aria-pressed={props.isAudienceOpen} onClick={props.onAudience}>
          {props.isAudienceOpen ? p.closeAudience : p.openAudience}
        </button>
        <button type="button" className="present-toggle" onClick={props.onFullscreen}>
          {p.fullscreen}
        </button>
        <KeysHelp keys={p.keys} />
      </div>
    </div>
  );
}
