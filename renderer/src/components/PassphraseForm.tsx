import { useState, type FormEvent } from 'react';
import { ErrorNotice } from './ErrorNotice.tsx';

type Messages = {
  passphrase: string;
  confirm: string;
  tooShort: string;
  mismatch: string;
  setButton: string;
  unlockButton: string;
};

/**
 * The passphrase form of a protected role (admin, trainer): the first person sets it, typed twice and at least ten
 * characters, checked here before the backend is asked; afterwards it unlocks.
 */
export function PassphraseForm({
  idPrefix,
  hasPassphrase,
  messages: m,
  onSet,
  onUnlock,
}: {
  idPrefix: string;
  hasPassphrase: boolean;
  messages: Messages;
  onSet(passphrase: string): Promise<unknown>;
  onUnlock(passphrase: string): Promise<unknown>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setProblem(null);
    try {
      if (!hasPassphrase) {
        if (passphrase.length < 10) return setProblem(m.tooShort);
        if (passphrase !== confirm) return setProblem(m.mismatch);
        await onSet(passphrase);
      } else await onUnlock(passphrase);
      setPassphrase('');
      setConfirm('');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="panel admin-gate" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${idPrefix}-passphrase`}>{m.passphrase}</label>
        <input
          id={`${idPrefix}-passphrase`}
          type="password"
          autoComplete={hasPassphrase ? 'current-password' : 'new-password'}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      {!hasPassphrase && (
        <div className="field">
          <label htmlFor={`${idPrefix}-confirm`}>{m.confirm}</label>
          <input
            id={`${idPrefix}-confirm`}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary">
        {hasPassphrase ? m.unlockButton : m.setButton}
      </button>
    </form>
  );
}
