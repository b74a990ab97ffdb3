import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  ATTENDANCE_STATUSES,
  type AttendanceMark,
  type AttendanceStatus,
  type DayPart,
  type SessionDetail,
} from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const KEYS: Record<string, AttendanceStatus> = { p: 'present', l: 'late', a: 'absent', e: 'excused' };

/**
 * Attendance for one slot at a time, built for speed: one click or one key (P, L, A, E) per trainee, focus moving
 * down the list, a search by Thai or English name, and "everyone else present" for the common case.
 */
export function AttendanceTab({ detail, onChange }: { detail: SessionDetail; onChange(detail: SessionDetail): void }) {
  const { t, language } = useI18n();
  const m = t.trainer;
  const sessionId = detail.session.id;
  const slots = useMemo(
    () =>
      detail.session.days.flatMap((d): { day: string; part: DayPart }[] =>
        d.split
          ? [
              { day: d.date, part: 'morning' },
              { day: d.date, part: 'afternoon' },
            ]
          : [{ day: d.date, part: 'day' }],
      ),
    [detail.session.days],
  );
  const [slot, setSlot] = useState(0);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const current = slots[slot]!;
  const statusOf = new Map(
    detail.attendance
      .filter((a) => a.day === current.day && a.part === current.part)
      .map((a) => [a.profileId, a.status]),
  );
  const needle = query.trim().toLocaleLowerCase('th');
  const shown = detail.roster.filter(
    (r) => !needle || `${r.profile.nameTh} ${r.profile.nameEn}`.toLocaleLowerCase('th').includes(needle),
  );

  async function mark(marks: AttendanceMark[]) {
    if (marks.length === 0) return;
    setError(null);
    try {
      onChange(await lms.trainer.markAttendance({ sessionId, marks }));
    } catch (e) {
      setError(e);
    }
  }
  const markOne = (profileId: string, status: AttendanceStatus) => mark([{ profileId, ...current, status }]);
  function onKey(event: KeyboardEvent, index: number, profileId: string) {
    const status = KEYS[event.key.toLowerCase()];
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : status ? 1 : 0;
    if (status) void markOne(profileId, status);
    if (move) {
      event.preventDefault();
      rows.current[Math.max(0, Math.min(shown.length - 1, index + move))]?.focus();
    }
  }
  const counts = Object.fromEntries(
    ATTENDANCE_STATUSES.map((s) => [s, detail.roster.filter((r) => statusOf.get(r.profile.id) === s).length]),
  ) as Record<AttendanceStatus, number>;

  return (
    <section aria-labelledby="attendance-title" className="panel">
      <h2 id="attendance-title">{m.tabAttendance}</h2>
      <div role="group" aria-label={m.slot} className="slot-picker">
        {slots.map((s, i) => (
          <button
            key={`${s.day}-${s.part}`}
            type="button"
            className={`button ${i === slot ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={i === slot}
            onClick={() => setSlot(i)}
          >
            {formatShortDate(s.day, language)} · {m.parts[s.part]}
          </button>
        ))}
      </div>
      <div className="attendance-tools">
        <div className="field">
          <label htmlFor="attendance-find">{m.findTrainee}</label>
          <input id="attendance-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void mark(
              detail.roster
                .filter((r) => !statusOf.has(r.profile.id))
                .map((r) => ({ profileId: r.profile.id, ...current, status: 'present' as const })),
            )
          }
        >
          {m.restPresent}
        </button>
        <p className="muted small" role="status">
          {m.counts(counts.present, counts.late, counts.absent, counts.excused, detail.roster.length)}
        </p>
      </div>
      <p className="field-hint">{m.attendanceKeys}</p>
      <ErrorNotice error={error} />
      <ul className="attendance-list">
        {shown.map((r, index) => {
          const name = language === 'th' ? r.profile.nameTh : r.profile.nameEn;
          const status = statusOf.get(r.profile.id);
          return (
            <li
              key={r.profile.id}
              ref={(el) => {
                rows.current[index] = el;
              }}
              tabIndex={0}
              aria-label={`${name}: ${status ? m.statuses[status] : m.notMarked}`}
              onKeyDown={(e) => onKey(e, index, r.profile.id)}
            >
              <span className="attendance-name">
                {name}
                <span className="muted small">{r.profile.agency}</span>
              </span>
              <span role="radiogroup" aria-label={name} className="attendance-choices">
                {ATTENDANCE_STATUSES.map((s) => (
                  <button
                    key={s}
                    type="button"
                    role="radio"
                    aria-checked={status === s}
                    tabIndex={-1}
                    className={`attendance-choice is-${s}${status === s ? ' is-chosen' : ''}`}
                    onClick={() => void markOne(r.profile.id, s)}
                  >
                    {m.statuses[s]}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
