import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { learnerName, LearnerList } from './LearnerList.tsx';
import { useLearnerSearch } from './useLearnerSearch.ts';

type Detail = ChannelOutput<'admin.learner'>;
export type LearnerMergeProps = { learner: ProfileSummary; onMerged(message: string): void; onCancel(): void };

/**
 * Two profiles of one person become one: the admin finds the other profile, sees both side by side with what will
 * move, can choose whose details to keep, and confirms.
 */
export function LearnerMerge({ learner, onMerged, onCancel }: LearnerMergeProps) {
  const { t, language } = useI18n();
  const a = t.admin;
  const [query, setQuery] = useState('');
  const search = useLearnerSearch(query);
  const [other, setOther] = useState<ProfileSummary | null>(null);
  const [isSwapped, setSwapped] = useState(false);
  const [goneDetail, setGoneDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const [kept, gone] = other && isSwapped ? [other, learner] : [learner, other];
  useEffect(() => {
    setGoneDetail(null);
    if (gone) lms.admin.learner({ id: gone.id }).then(setGoneDetail, setError);
  }, [gone]);

  async function merge() {
    if (!gone) return;
    setError(null);
    try {
      const { eventsMoved } = await lms.admin.mergeLearners({ keepId: kept.id, mergeId: gone.id });
      onMerged(a.merged(eventsMoved, learnerName(kept, language)));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="learner-panel">
      <h4 ref={heading} tabIndex={-1}>
        {a.mergeTitle(learnerName(learner, language))}
      </h4>
      {!gone ? (
        <>
          <div className="field learner-search">
            <label htmlFor="merge-find">{a.mergeFind}</label>
            <input id="merge-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <ErrorNotice error={search.error} />
          {search.results && (
            <LearnerList
              learners={search.results.filter((p) => p.id !== learner.id)}
              label={a.findResults}
              renderActions={(p) => (
                <button type="button" className="button button-secondary" onClick={() => setOther(p)}>
                  {a.mergeChoose(learnerName(p, language))}
                </button>
              )}
            />
          )}
        </>
      ) : (
        <>
          <div className="merge-compare">
            <ProfileCard learner={kept} title={a.mergeKeep} tone="tone-success" />
            <ProfileCard learner={gone} title={a.mergeGone} tone="tone-danger" />
          </div>
          {goneDetail && (
            <p className="notice notice-warning">
              {a.mergeExplain(
                learnerName(gone, language),
                learnerName(kept, language),
                goneDetail.eventCount,
                goneDetail.attempts.length,
                goneDetail.certificates.length,
              )}
            </p>
          )}
        </>
      )}
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {a.cancel}
        </button>
        {gone && (
          <>
            <button type="button" className="button button-secondary" onClick={() => setSwapped(!isSwapped)}>
              {a.mergeSwap}
            </button>
            <button type="button" className="button button-primary" disabled={!goneDetail} onClick={() => void merge()}>
              {a.mergeConfirm(learnerName(gone, language), learnerName(kept, language))}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function ProfileCard({ learner, title, tone }: { learner: ProfileSummary; title: string; tone: string }) {
  const { t, language } = useI18n();
  const a = t.admin;
  const rows: [string, string][] = [
    [t.firstRun.nameTh, learner.nameTh],
    [t.firstRun.nameEn, learner.nameEn],
    [t.firstRun.agency, learner.agency],
    [t.firstRun.position, learner.position],
    [a.emailColumn, learner.email ?? '—'],
    [a.employeeIdColumn, learner.employeeId ?? '—'],
    [a.createdAt, formatDate(learner.createdAt, language)],
  ];
  return (
    <section className={`merge-side ${tone}`} aria-label={`${title}: ${learnerName(learner, language)}`}>
      <h5 className="h-small">{title}</h5>
      <dl className="facts learner-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
