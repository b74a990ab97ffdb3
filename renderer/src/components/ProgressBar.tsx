import { formatPercent } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

export type ProgressBarProps = { percent: number; label: string; isComplete?: boolean };

export function ProgressBar({ percent, label, isComplete = false }: ProgressBarProps) {
  const { language } = useI18n();
  return (
    <div className="progress">
      <div
        className={`progress-track${isComplete ? ' is-complete' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={formatPercent(percent, language)}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-value">{formatPercent(percent, language)}</span>
    </div>
  );
}
