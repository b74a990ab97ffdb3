import { useEffect, useState, type FormEvent } from 'react';
import { sessionInputSchema, type SessionInput, type SessionSummary } from '../../../../electron/shared/classroom.ts';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { errorShape, ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Day = SessionInput['days'][number];
type Draft = Omit<SessionInput, 'trainers' | 'attendanceThreshold'> & { trainers: string; attendanceThreshold: string };

const blankDay = (date = ''): Day => ({ date, start: '09:00', end: '16:00', split: true });
const fromSession = (s: SessionSummary | null): Draft =>
  s
    ? {
        courseId: s.courseId,
        title: s.title,
        venue: s.venue,
        targetGroup: s.targetGroup,
        days: s.days,
        trainers: s.trainers.join('\n'),
        attendanceThreshold: String(s.attendanceThreshold),
      }
    : {
        courseId: '',
        title: '',
        venue: '',
        trainers: '',
        targetGroup: '',
        days: [blankDay()],
        attendanceThreshold: '80',
      };

/** Create or change a session; every bad field gets its own message, checked with the backend's schema first. */
export function SessionForm({
  session,
  onSaved,
  onCancel,
}: {
  session: SessionSummary | null;
  onSaved(session: SessionSummary): void;
  onCancel(): void;
}) {
  const { t, pick } = useI18n();
  const m = t.trainer;
  const [courses, setCourses] = useState<ChannelOutput<'trainer.courses'>>([]);
  const [draft, setDraft] = useState<Draft>(() => fromSession(session));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.trainer.courses({}).then(setCourses, setError);
  }, []);

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setDay = (i: number, patch: Partial<Day>) =>
    set({ days: draft.days.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const problem = (path: string) =>
    problems[path] ? (
      <p className="field-error" id={`error-${path}`}>
        {problems[path]}
      </p>
    ) : null;
  const invalid = (path: string) =>
    problems[path] ? { 'aria-invalid': true, 'aria-describedby': `error-${path}` } : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const input = {
      ...draft,
      trainers: draft.trainers
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
      attendanceThreshold: Number(draft.attendanceThreshold),
    };
    const parsed = sessionInputSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        next[path] ??= m.problems[issue.message as keyof typeof m.problems] ?? m.problems.invalid;
      }
      setProblems(next);
      document.getElementById(`session-${Object.keys(next)[0]!.replaceAll('.', '-')}`)?.focus();
      return;
    }
    setProblems({});
    try {
      onSaved(
        session
          ? await lms.trainer.updateSession({ id: session.id, session: parsed.data })
          : await lms.trainer.createSession(parsed.data),
      );
    } catch (e) {
      setError(e);
      const field = errorShape(e)?.fields?.[0];
      if (field) document.getElementById(`session-${field}`)?.focus();
    }
  }

  return (
    <form className="panel session-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{session ? m.editSession : m.newSession}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="session-courseId">{m.course}</label>
          <select
            id="session-courseId"
            value={draft.courseId}
            onChange={(e) => set({ courseId: e.target.value })}
            {...invalid('courseId')}
          >
            <option value="">{m.chooseCourse}</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {pick(c.title)}
              </option>
            ))}
          </select>
          {problem('courseId')}
        </div>
        {(['title', 'venue', 'targetGroup'] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`session-${name}`}>{m.fields[name]}</label>
            <input
              id={`session-${name}`}
              value={draft[name]}
              onChange={(e) => set({ [name]: e.target.value })}
              {...invalid(name)}
            />
            {problem(name)}
          </div>
        ))}
        <div className="field">
          <label htmlFor="session-trainers">{m.trainers}</label>
          <textarea
            id="session-trainers"
            rows={3}
            value={draft.trainers}
            onChange={(e) => set({ trainers: e.target.value })}
            aria-describedby="hint-trainers"
            {...invalid('trainers')}
          />
          <p className="field-hint" id="hint-trainers">
            {m.trainersHint}
          </p>
          {problem('trainers')}
        </div>
        <div className="field">
          <label htmlFor="session-attendanceThreshold">{m.threshold}</label>
          <input
            id="session-attendanceThreshold"
            type="number"
            min={0}
            max={100}
            value={draft.attendanceThreshold}
            onChange={(e) => set({ attendanceThreshold: e.target.value })}
            {...invalid('attendanceThreshold')}
          />
          {problem('attendanceThreshold')}
        </div>
      </div>
      <fieldset className="session-days">
        <legend>{m.days}</legend>
        {problem('days')}
        {draft.days.map((d, i) => (
          <div className="session-day" key={i}>
            <div className="field">
              <label htmlFor={`session-days-${i}-date`}>{m.date(i + 1)}</label>
              <input
                id={`session-days-${i}-date`}
                type="date"
                value={d.date}
                onChange={(e) => setDay(i, { date: e.target.value })}
                {...invalid(`days.${i}.date`)}
              />
              {problem(`days.${i}.date`)}
            </div>
            <div className="field">
              <label htmlFor={`session-days-${i}-start`}>{m.start}</label>
              <input
                id={`session-days-${i}-start`}
                type="time"
                value={d.start}
                onChange={(e) => setDay(i, { start: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`session-days-${i}-end`}>{m.end}</label>
              <input
                id={`session-days-${i}-end`}
                type="time"
                value={d.end}
                onChange={(e) => setDay(i, { end: e.target.value })}
                {...invalid(`days.${i}.end`)}
              />
              {problem(`days.${i}.end`)}
            </div>
            <label className="check">
              <input type="checkbox" checked={d.split} onChange={(e) => setDay(i, { split: e.target.checked })} />
              {m.split}
            </label>
            {draft.days.length > 1 && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => set({ days: draft.days.filter((_, j) => j !== i) })}
              >
                {m.removeDay}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set({ days: [...draft.days, blankDay()] })}
        >
          {m.addDay}
        </button>
      </fieldset>
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="button button-primary">
          {session ? m.saveSession : m.createSession}
        </button>
      </div>
    </form>
  );
}
