import type { SessionDetail } from '../../../../electron/shared/classroom.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BundleImport } from './BundleImport.tsx';
import { SessionBundleExport } from './SessionBundleExport.tsx';

/** Progress from the trainees' laptops: bundles in, when each trainee's progress last arrived, and the session out. */
export function ProgressTab({ detail, onMerged }: { detail: SessionDetail; onMerged(): void }) {
  const { t, language } = useI18n();
  const m = t.trainer;
  return (
    <>
      <BundleImport sessionId={detail.session.id} onMerged={onMerged} />
      <section className="panel" aria-labelledby="merged-title">
        <h2 id="merged-title">{m.mergedTitle}</h2>
        <ul className="merged-list">
          {detail.roster.map((r) => (
            <li key={r.profile.id}>
              <span>{language === 'th' ? r.profile.nameTh : r.profile.nameEn}</span>
              <span className={r.lastMergedAt ? 'tone-success' : 'muted'}>
                {r.lastMergedAt ? m.mergedAt(formatDateTime(r.lastMergedAt, language)) : m.neverMerged}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <SessionBundleExport sessionId={detail.session.id} />
    </>
  );
}
