import { useI18n } from '../../../i18n/i18n.tsx';

export type RoomSummaryProps = { questionCount: number; onRestart(): void };

/** The end of the room quiz, as the room sees it; trainees' tallies stay on the trainer's side panel. */
export function RoomSummary({ questionCount, onRestart }: RoomSummaryProps) {
  const { t } = useI18n();
  const p = t.present;
  return (
    <section className="room-summary" aria-labelledby="room-summary-title">
      <h2 id="room-summary-title" className="room-prompt">
        {p.summaryTitle}
      </h2>
      <p>{p.summaryBody(questionCount)}</p>
      <button type="button" className="button button-secondary" onClick={onRestart}>
        {p.restart}
      </button>
    </section>
  );
}
