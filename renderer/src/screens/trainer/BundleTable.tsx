import type { BundleLearnerReport, BundleReport } from '../../../../electron/shared/bundles/bundle-report.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const TONES = { ready: 'tone-success', merged: 'tone-success', rejected: 'tone-danger' } as const;

export type BundleTableProps = { reports: BundleReport[]; labelledBy: string };

/** One row per chosen file: whose it is, from which laptop, how much of it is new here, and its status or why not. */
export function BundleTable({ reports, labelledBy }: BundleTableProps) {
  const { t, pick, language } = useI18n();
  const b = t.bundles;
  const name = (l: BundleLearnerReport) => (language === 'th' ? l.nameTh : l.nameEn);
  const otherName = (l: BundleLearnerReport) => (language === 'th' ? l.nameEn : l.nameTh);

  /** What the trainer should know about a file beyond the counts: nothing new in it, or how its learners map here. */
  function hints(r: BundleReport): string[] {
    if (r.status === 'rejected') return [];
    const single = r.kind === 'learner';
    const isNothingNew = r.status === 'ready' && r.eventsNew === 0 && r.certificatesNew === 0;
    const aboutLearners = r.learners.flatMap((l) => {
      const said = [
        ...(l.match === 'alias' ? [b.matchAlias] : []),
        ...(l.match === 'samePerson' ? [b.matchSamePerson] : []),
        ...(l.match === 'deleted' ? [b.matchDeleted] : []),
        ...(l.match === 'new' && single ? [b.matchNew] : []),
        ...(l.isOnRoster === false ? [b.notOnRoster] : []),
      ];
      return said.map((text) => (single ? text : `${name(l)}: ${text}`));
    });
    return isNothingNew ? [b.nothingNew, ...aboutLearners] : aboutLearners;
  }

  return (
    // Focusable, so a keyboard can scroll a wide table sideways.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table bundle-table">
        <thead>
          <tr>
            <th scope="col">{b.fileColumn}</th>
            <th scope="col">{b.whoColumn}</th>
            <th scope="col">{b.laptopColumn}</th>
            <th scope="col">{b.eventsColumn}</th>
            <th scope="col">{b.statusColumn}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.uploadId}>
              <td className="bundle-file">{r.fileName}</td>
              <td>
                {r.session ? (
                  b.sessionOf(r.session.title, r.learners.length)
                ) : r.learners[0] ? (
                  <>
                    {name(r.learners[0])}
                    <br />
                    <span className="muted small">
                      {otherName(r.learners[0])} · {r.learners[0].agency}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {r.device ? (
                  <span title={r.device.fingerprint}>
                    {r.device.name}
                    <br />
                    <span className="muted small nowrap">{r.device.fingerprint.slice(0, 9)}</span>
                  </span>
                ) : (
                  '—'
                )}
              </td>
              <td className="nowrap">
                {r.kind ? `${formatNumber(r.eventsNew, language)} / ${formatNumber(r.eventsTotal, language)}` : '—'}
                {r.certificatesNew > 0 && (
                  <>
                    <br />
                    <span className="muted small">{b.newCertificates(r.certificatesNew)}</span>
                  </>
                )}
              </td>
              <td>
                <span className={`bundle-status ${TONES[r.status]}`}>{b[r.status]}</span>
                {r.reason && <p className="bundle-reason">{pick(r.reason.message)}</p>}
                {hints(r).length > 0 && (
                  <ul className="problem-list">
                    {hints(r).map((h, i) => (
                      <li key={i}>{h}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
