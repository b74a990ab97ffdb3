import { useI18n } from '../../../i18n/i18n.tsx';
import type { RosterEntry } from './room-steps.ts';

export type RoomRosterProps = {
  roster: readonly RosterEntry[];
  correct: readonly string[];
  onCorrect(profileIds: string[]): void;
};

/** The trainer ticks who answered this question correctly; kept beside the stage, never in its full screen. */
export function RoomRoster({ roster, correct, onCorrect }: RoomRosterProps) {
  const { t, language } = useI18n();
  const p = t.present;
  return (
    <aside className="room-roster" aria-labelledby="room-roster-title">
      <h2 id="room-roster-title" className="present-side-title">
        {p.whoCorrect}
      </h2>
      <div className="room-roster-quick">
        <button type="button" className="button button-quiet" onClick={() => onCorrect(roster.map((r) => r.profileId))}>
          {p.everyone}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onCorrect([])}>
          {p.noOne}
        </button>
      </div>
      <ul className="room-roster-list">
        {roster.map((r) => (
          <li key={r.profileId}>
            <label className="choice">
              <input
                type="checkbox"
                checked={correct.includes(r.profileId)}
                onChange={(e) =>
                  onCorrect(e.target.checked ? [...correct, r.profileId] : correct.filter((id) => id !== r.profileId))
                }
              />
              <span>{language === 'th' ? r.nameTh : r.nameEn}</span>
            </label>
          </li>
        ))}
      </ul>
    </aside>
  );
}
