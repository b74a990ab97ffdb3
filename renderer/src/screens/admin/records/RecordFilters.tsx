import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../../electron/shared/classroom.ts';
import type { Dashboard, RecordFilter, RecordStatus } from '../../../../../electron/shared/records.ts';
import { lms } from '../../../api/lms-client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { EMPTY_FILTER } from './record-filter-state.ts';

type Props = {
  filter: RecordFilter;
  onChange(filter: RecordFilter): void;
  /** Courses and agencies to choose from (the unfiltered dashboard knows them). */
  options: Pick<Dashboard, 'byCourse' | 'agencies'> | null;
};

/** Course, agency, status, completion dates and a name search; typing in the search waits for a pause. */
export function RecordFilters({ filter, onChange, options }: Props) {
  const { t, pick } = useI18n();
  const r = t.records;
  const [query, setQuery] = useState(filter.query);
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  useEffect(() => {
    // The admin may use trainer channels; a session list that cannot load only hides the session filter.
    lms.trainer.sessions({}).then(setSessions, () => setSessions([]));
  }, []);
  useEffect(() => setQuery(filter.query), [filter.query]);
  useEffect(() => {
    if (query === filter.query) return;
    const timer = setTimeout(() => onChange({ ...filter, query }), 250);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);
  const set = (patch: Partial<RecordFilter>) => onChange({ ...filter, ...patch });
  const badDates = Boolean(filter.from && filter.to && filter.from > filter.to);

  return (
    <fieldset className="records-filters">
      <legend className="visually-hidden">{r.filters}</legend>
      <div className="field">
        <label htmlFor="records-search">{r.search}</label>
        <input id="records-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="records-course">{r.course}</label>
        <select
          id="records-course"
          value={filter.courseId ?? ''}
          onChange={(e) => set({ courseId: e.target.value || null })}
        >
          <option value="">{r.allCourses}</option>
          {options?.byCourse.map((c) => (
            <option key={c.courseId} value={c.courseId}>
              {pick(c.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="records-agency">{r.agency}</label>
        <select
          id="records-agency"
          value={filter.agency ?? ''}
          onChange={(e) => set({ agency: e.target.value || null })}
        >
          <option value="">{r.allAgencies}</option>
          {options?.agencies.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      {sessions.length > 0 && (
        <div className="field">
          <label htmlFor="records-session">{r.session}</label>
          <select
            id="records-session"
            value={filter.sessionId ?? ''}
            onChange={(e) => set({ sessionId: e.target.value || null })}
          >
            <option value="">{r.allSessions}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.days[0]!.date})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="records-status">{r.status}</label>
        <select
          id="records-status"
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || null) as RecordStatus | null })}
        >
          <option value="">{r.anyStatus}</option>
          <option value="notStarted">{r.notStarted}</option>
          <option value="inProgress">{r.inProgress}</option>
          <option value="completed">{r.completed}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="records-from">{r.from}</label>
        <input
          id="records-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value || null })}
        />
      </div>
      <div className="field">
        <label htmlFor="records-to">{r.to}</label>
        <input
          id="records-to"
          type="date"
          value={filter.to ?? ''}
          aria-invalid={badDates}
          aria-describedby={badDates ? 'records-dates-error' : undefined}
          onChange={(e) => set({ to: e.target.value || null })}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={() => onChange(EMPTY_FILTER)}>
        {r.clear}
      </button>
      {badDates && (
        <p id="records-dates-error" className="field-error" role="alert">
          {r.badDates}
        </p>
      )}
    </fieldset>
  );
}
