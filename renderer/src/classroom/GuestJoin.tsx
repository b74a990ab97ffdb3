import { useState, type FormEvent } from 'react';
import { formatJoinCode } from '../../../electron/shared/live-classroom.ts';
import { lms } from '../api/lms-client.ts';
import { errorShape, ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { keepMemberToken, withJoinCode } from './guest-credentials.ts';

const FIELDS = ['code', 'nameTh', 'nameEn', 'agency', 'position', 'employeeId'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A trainee without Rian joins from a browser: the code on the trainer's screen (already filled in when they came
 * by the QR code) and their names. The trainer's laptop matches them to the roster, or lists them as a walk-in.
 */
export function GuestJoin({ code, onJoined }: { code: string | null; onJoined(): void }) {
  const { t } = useI18n();
  const j = t.join;
  const [values, setValues] = useState<Record<Field, string>>({
    code: code ? formatJoinCode(code) : '',
    nameTh: '',
    nameEn: '',
    agency: '',
    position: '',
    employeeId: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [isJoining, setJoining] = useState(false);
  const badFields = new Set(errorShape(error)?.fields ?? []);
  const labels: Record<Field, string> = {
    code: j.code,
    nameTh: j.nameTh,
    nameEn: j.nameEn,
    agency: j.agency,
    position: j.position,
    employeeId: j.employeeId,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setJoining(true);
    setError(null);
    const { code: typed, ...profile } = values;
    try {
      const joined = await withJoinCode(typed.toUpperCase().replace(/[\s-]/g, ''), () =>
        lms.hub.join({ via: 'browser', profile }),
      );
      keepMemberToken(joined.memberToken);
      onJoined();
    } catch (e) {
      setError(e);
    } finally {
      setJoining(false);
    }
  }

  return (
    <main id="main" className="page page-narrow">
      <h1>{j.guestTitle}</h1>
      <p className="lead">{j.guestIntro}</p>
      <form className="panel" onSubmit={(e) => void submit(e)}>
        {FIELDS.map((name) => (
          <div key={name} className={`field${badFields.has(`profile.${name}`) ? ' has-error' : ''}`}>
            <label htmlFor={`guest-${name}`}>{labels[name]}</label>
            <input
              id={`guest-${name}`}
              value={values[name]}
              required={name !== 'employeeId'}
              autoComplete="off"
              className={name === 'code' ? 'join-code-input' : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            />
            {name === 'code' && <p className="field-hint">{j.codeHint}</p>}
          </div>
        ))}
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={isJoining}>
          {isJoining ? j.joining : j.submit}
        </button>
      </form>
    </main>
  );
}
