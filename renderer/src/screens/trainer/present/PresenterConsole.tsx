import type { PresentLesson } from '../../../../../electron/shared/present.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { FacilitatorNotes } from './FacilitatorNotes.tsx';
import type { Languages } from './languages.ts';
import { deckLength, SlideView } from './SlideView.tsx';
import { Timer } from './Timer.tsx';

export type PresenterConsoleProps = { lesson: PresentLesson; index: number; languages: Languages };

/**
 * The trainer's own screen while the audience window shows the slides: the current slide, the next one, the time
 * against the plan, and the facilitator notes, which never reach the audience window.
 */
export function PresenterConsole({ lesson, index, languages }: PresenterConsoleProps) {
  const { t, pick } = useI18n();
  const p = t.present;
  const hasNext = index + 1 < deckLength(lesson);
  const nextLesson = lesson.outline.modules.flatMap((m) => m.lessons).find((l) => l.id === lesson.nextLessonId);
  return (
    <div className="present-console">
      <section className="present-console-current" aria-label={p.current}>
        <SlideView lesson={lesson} index={index} languages={languages} />
      </section>
      <aside className="present-console-side">
        <section aria-labelledby="present-next-title">
          <h2 id="present-next-title" className="present-side-title">
            {p.next}
          </h2>
          {hasNext ? (
            <div className="present-console-next">
              <SlideView lesson={lesson} index={index + 1} languages={languages} isPreview />
            </div>
          ) : (
            <p className="muted">{nextLesson ? p.nextIsLesson(pick(nextLesson.title)) : p.endOfCourse}</p>
          )}
        </section>
        <Timer key={lesson.lessonId} plannedMinutes={lesson.minutes} />
        <FacilitatorNotes lesson={lesson} />
      </aside>
    </div>
  );
}
