import { useState, type FormEvent } from 'react';
import { formatJoinCode } from '../../../electron/shared/live-classroom.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { errorShape, ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A trainee with Rian joins the trainer's classroom: the link from the trainer's screen (what the QR code holds),
 * or its address and code typed in. Then the class course opens, with the classroom bar showing sync.
 */
export function JoinScreen({ code }: { code: string | null }) {
  const { t } = useI18n();
  const j = t.join;
  const [link, setLink] = useState('');
  const [address, setAddress] = useState('');
  const [joinCode, setJoinCode] = useState(code ? formatJoinCode(code) : '');
  const [error, setError] = useState<unknown>(null);
  const [isJoining, setJoining] = useState(false);
  const badField = errorShape(error)?.fields?.[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setJoining(true);
    setError(null);
    try {
      const joined = await lms.classroom.join(link.trim() ? { link } : { address, code: joinCode });
      navigate({ name: 'course', courseId: joined.session.courseId });
    } catch (e) {
      setError(e);
    } finally {
      setJoining(false);
    }
  }

  const input = (
    id: 'link' | 'address' | 'code',
    label: string,
    hint: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className={`field${badField === id ? ' has-error' : ''}`}>
      <label htmlFor={`join-${id}`}>{label}</label>
      <input
        id={`join-${id}`}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-describedby={`join-${id}-hint`}
        aria-invalid={badField === id}
        autoComplete="off"
        spellCheck={false}
        {...(id === 'code' ? { autoCapitalize: 'characters', className: 'join-code-input' } : {})}
      />
      <p className="field-hint" id={`join-${id}-hint`}>
        {hint}
      </p>
    </div>
  );

  return (
    <main id="main" className="page page-narrow">
      <h1>{j.title}</h1>
      <p className="lead">{j.intro}</p>
      <form className="panel" onSubmit={(e) => void submit(e)}>
        {input('link', j.link, j.linkHint, link, setLink)}
        {input('address', j.address, j.addressHint, address, setAddress)}
        {input('code', j.code, j.codeHint, joinCode, setJoinCode)}
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={isJoining}>
          {isJoining ? j.joining : j.submit}
        </button>
      </form>
    </main>
  );
}
