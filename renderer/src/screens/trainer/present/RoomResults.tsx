import { useI18n } from '../../../i18n/i18n.tsx';
import type { RoomResult, RosterEntry } from './room-steps.ts';

export type RoomResultsProps = {
  roster: readonly RosterEntry[];
  results: readonly RoomResult[];
  isSaved: boolean;
  onSave: (() => void) | undefined;
};

/** Each trainee's tally at the end, beside the stage (not projected), with the button that hands it on. */
export function RoomResults({ roster, results, isSaved, onSave }: RoomResultsProps) {
  const { t, language } = useI18n();
  const p = t.present;
  return (
    <aside className="room-roster" aria-labelledby="room-results-title">
      <h2 id="room-results-title" className="present-side-title">
        {p.resultsTitle}
      </h2>
      <table className="room-results">
        <thead>
          <tr>
            <th scope="col">{p.trainee}</th>
            <th scope="col">{p.correctCount}</th>
          </tr>
        </thead>
        <tbody>
          {roster.map((r) => {
            const result = results.find((x) => x.profileId === r.profileId);
            return (
              <tr key={r.profileId}>
                <th scope="row">{language === 'th' ? r.nameTh : r.nameEn}</th>
                <td>{p.outOf(result?.correct ?? 0, result?.total ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {onSave && (
        <button type="button" className="button button-primary" onClick={onSave} disabled={isSaved}>
          {isSaved ? p.saved : p.saveResults}
        </button>
      )}
    </aside>
  );
}
