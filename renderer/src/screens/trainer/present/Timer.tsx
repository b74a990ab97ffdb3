import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';

export type TimerProps = { plannedMinutes: number };

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Time on this lesson against its planned minutes, for pacing; it turns amber once the plan is used up. */
export function Timer({ plannedMinutes }: TimerProps) {
  const { t } = useI18n();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const isOver = seconds > plannedMinutes * 60;
  return (
    <div className={`present-timer${isOver ? ' is-over' : ''}`}>
      <p className="present-timer-label">{t.present.timer}</p>
      <p className="present-timer-clock" role="timer" aria-live="off">
        {clock(seconds)}
        <span className="present-timer-plan"> {t.present.planned(plannedMinutes)}</span>
      </p>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          setStartedAt(Date.now());
          setNow(Date.now());
        }}
      >
        {t.present.resetTimer}
      </button>
    </div>
  );
}
