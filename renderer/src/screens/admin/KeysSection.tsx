import { useEffect, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** This laptop's signing key (fingerprint, public key), importing the academy key, and trusting other issuers. */
export function KeysSection() {
  const { t, pick } = useI18n();
  const a = t.admin;
  const [view, setView] = useState<ChannelOutput<'admin.issuer'> | null>(null);
  const [pem, setPem] = useState('');
  const [trust, setTrust] = useState({ publicKey: '', th: '', en: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => lms.admin.issuer({}).then(setView, setError);

  useEffect(() => {
    void reload();
  }, []);

  async function importKey(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await lms.admin.importIssuerKey({ pem });
      setMessage(a.imported(result.fingerprint));
      setPem('');
      await reload();
    } catch (e) {
      setError(e);
    }
  }

  async function addTrusted(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await lms.admin.trustIssuer({ publicKey: trust.publicKey.trim(), name: { th: trust.th, en: trust.en } });
      setTrust({ publicKey: '', th: '', en: '' });
      await reload();
    } catch (e) {
      setError(e);
    }
  }

  if (!view) return <ErrorNotice error={error} />;
  return (
    <section className="panel admin-section" aria-labelledby="keys-title">
      <h2 id="keys-title">{a.keysTitle}</h2>
      <dl className="facts">
        <dt>{a.fingerprint}</dt>
        <dd>
          <code>{view.key.fingerprint}</code>
        </dd>
        <dt>{a.publicKey}</dt>
        <dd>
          <code>{view.key.publicKey}</code>
        </dd>
      </dl>
      <form onSubmit={(e) => void importKey(e)} className="admin-subform">
        <div className="field">
          <label htmlFor="import-pem">{a.importKey}</label>
          <textarea id="import-pem" rows={4} value={pem} onChange={(e) => setPem(e.target.value)} spellCheck={false} />
        </div>
        <button type="submit" className="button button-secondary" disabled={!pem.trim()}>
          {a.importButton}
        </button>
      </form>
      {message && (
        <p className="success-text" role="status">
          {message}
        </p>
      )}
      <form onSubmit={(e) => void addTrusted(e)} className="admin-subform">
        <h3 className="h-small">{a.trustTitle}</h3>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="trust-key">{a.trustKey}</label>
            <input
              id="trust-key"
              value={trust.publicKey}
              onChange={(e) => setTrust({ ...trust, publicKey: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="trust-th">{a.trustNameTh}</label>
            <input id="trust-th" value={trust.th} onChange={(e) => setTrust({ ...trust, th: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="trust-en">{a.trustNameEn}</label>
            <input id="trust-en" value={trust.en} onChange={(e) => setTrust({ ...trust, en: e.target.value })} />
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          {a.trustButton}
        </button>
      </form>
      <ErrorNotice error={error} />
      <h3 className="h-small">{a.trustedList}</h3>
      <ul>
        {view.trusted.map((issuer) => (
          <li key={issuer.keyId}>
            {pick(issuer.name)} — <code>{issuer.fingerprint}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
