import { useEffect, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AuditSection } from './AuditSection.tsx';
import { CertificatesSection } from './CertificatesSection.tsx';
import { HealthSection } from './HealthSection.tsx';
import { IssuerSection } from './IssuerSection.tsx';
import { KeysSection } from './KeysSection.tsx';
import { LearnersSection } from './LearnersSection.tsx';

type Status = ChannelOutput<'admin.status'>;

/** The admin area: a passphrase gate (set once, then unlock), then issuer, keys, certificates and the audit log. */
export function AdminScreen() {
  const { t } = useI18n();
  const a = t.admin;
  const [status, setStatus] = useState<Status | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    lms.admin.status({}).then(setStatus, setError);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setProblem(null);
    try {
      if (!status?.hasPassphrase) {
        if (passphrase.length < 10) return setProblem(a.tooShort);
        if (passphrase !== confirm) return setProblem(a.mismatch);
        setStatus(await lms.admin.setPassphrase({ passphrase }));
      } else setStatus(await lms.admin.unlock({ passphrase }));
      setPassphrase('');
      setConfirm('');
    } catch (e) {
      setError(e);
    }
  }

  if (!status) {
    return (
      <main id="main" className="page page-narrow" aria-busy={!error}>
        <ErrorNotice error={error} />
      </main>
    );
  }

  if (!status.isUnlocked) {
    return (
      <main id="main" className="page page-narrow">
        <h1>{status.hasPassphrase ? a.unlockTitle : a.setTitle}</h1>
        {!status.hasPassphrase && <p className="lead">{a.setBody}</p>}
        <form className="panel admin-gate" onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label htmlFor="admin-passphrase">{a.passphrase}</label>
            <input
              id="admin-passphrase"
              type="password"
              autoComplete={status.hasPassphrase ? 'current-password' : 'new-password'}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          {!status.hasPassphrase && (
            <div className="field">
              <label htmlFor="admin-confirm">{a.confirm}</label>
              <input
                id="admin-confirm"
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
            {status.hasPassphrase ? a.unlockButton : a.setButton}
          </button>
        </form>
      </main>
    );
  }

  return (
    <main id="main" className="page admin">
      <div className="admin-top">
        <h1>{a.title}</h1>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void lms.admin.lock({}).then(setStatus)}
        >
          {a.lock}
        </button>
      </div>
      <p className="muted">{a.lockedNote}</p>
      <CertificatesSection />
      <LearnersSection />
      <IssuerSection />
      <KeysSection />
      <HealthSection />
      <AuditSection />
    </main>
  );
}
