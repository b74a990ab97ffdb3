import type { PresentLesson } from '../../../../../electron/shared/present.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

export type FacilitatorNotesProps = { lesson: PresentLesson };

/** The lesson's notes for the trainer, in the trainer's own language. */
export function FacilitatorNotes({ lesson }: FacilitatorNotesProps) {
  const { t, pick } = useI18n();
  return (
    <section className="present-notes" aria-labelledby="present-notes-title">
      <h2 id="present-notes-title">{t.present.notes}</h2>
      <p>{lesson.facilitatorNotes ? pick(lesson.facilitatorNotes) : t.present.noNotes}</p>
    </section>
  );
}
