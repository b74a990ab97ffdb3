import { useState, type ChangeEvent, type FormEvent } from 'react';
import { PAYLOAD_FIELDS } from '../../../electron/shared/certificates/payload.ts';
import type { Verdict } from '../../../electron/shared/certificates/verdict.ts';
import { lms } from '../api/lms-client.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

function readAsBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** Checks a code, a certificate PDF or a credential file, offline, and shows every signed field and the verdict. */
export function VerifyScreen() {
  const { t, pick } = useI18n();
  const v = t.verify;
  const [code, setCode] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(input: Parameters<typeof lms.certificates.verify>[0]) {
    setError(null);
    setVerdict(null);
    try {
      setVerdict(await lms.certificates.verify(input));
    } catch (e) {
      setError(e);
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.name.toLowerCase().endsWith('.json') || file.type === 'application/json') {
      await run({ credentialJson: await file.text() });
    } else await run({ pdfBase64: await readAsBase64(file) });
    event.target.value = '';
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (code.trim()) void run({ code: code.trim() });
  }

  const fieldName = (f: string) => (v.fields as Record<string, string>)[f] ?? f;
  const banner =
    verdict &&
    {
      valid: {
        className: 'tone-success',
        title: v.valid,
        body: verdict.issuerName ? v.validBy(pick(verdict.issuerName)) : '',
      },
      untrustedIssuer: { className: 'tone-warning', title: v.untrustedIssuer, body: v.untrustedBody },
      revoked: { className: 'tone-danger', title: v.revoked, body: v.revokedBody(verdict.revokedReason ?? '') },
      invalid: {
        className: 'tone-danger',
        title: v.invalid,
        body:
          verdict.reason === 'format'
            ? v.invalidFormat
            : verdict.reason === 'fields'
              ? v.invalidFields
              : v.invalidSignature,
      },
    }[verdict.verdict];

  return (
    <main id="main" className="page page-narrow">
      <h1>{v.title}</h1>
      <p className="lead">{v.intro}</p>
      <form onSubmit={onSubmit} className="verify-form">
        <div className="field">
          <label htmlFor="verify-code">{v.codeLabel}</label>
          <textarea
            id="verify-code"
            rows={3}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            spellCheck={false}
          />
        </div>
        <button type="submit" className="button button-primary">
          {v.check}
        </button>
      </form>
      <div className="field verify-file">
        <label htmlFor="verify-file">{v.fileLabel}</label>
        <input
          id="verify-file"
          type="file"
          accept=".pdf,.json,application/pdf,application/json"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <ErrorNotice error={error} />
      {verdict && banner && (
        <section className={`verdict ${banner.className}`} aria-live="polite">
          <h2>{banner.title}</h2>
          {banner.body && <p>{banner.body}</p>}
          {verdict.mismatchedFields.length > 0 && (
            <p className="verdict-fields">{v.changedFields(verdict.mismatchedFields.map(fieldName).join(', '))}</p>
          )}
        </section>
      )}
      {verdict?.payload && (
        <table className="data-table verify-table">
          <thead>
            <tr>
              <th scope="col">{v.field}</th>
              <th scope="col">{v.signedValue}</th>
            </tr>
          </thead>
          <tbody>
            {PAYLOAD_FIELDS.filter((f) => f !== 'v').map((f) => (
              <tr key={f} className={verdict.mismatchedFields.includes(f) ? 'is-mismatch' : ''}>
                <th scope="row">{fieldName(f)}</th>
                <td>{String(verdict.payload![f] ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
