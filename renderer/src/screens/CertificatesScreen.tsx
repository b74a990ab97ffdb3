import { useEffect, useState } from 'react';
import type { CertificateSummary } from '../../../electron/shared/certificates/verdict.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { downloadFile } from '../components/download.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { Logo } from '../components/Logo.tsx';
import { formatDate, formatPercent } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ProgressBundleExport } from './ProgressBundleExport.tsx';

/** The learner's certificates, each previewed as a small certificate with its downloads. */
export function CertificatesScreen() {
  const { t, pick, language } = useI18n();
  const [list, setList] = useState<CertificateSummary[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    lms.certificates.mine({}).then(setList, setError);
  }, []);

  async function download(kind: 'pdf' | 'credential', id: string) {
    setBusy(`${kind}/${id}`);
    setError(null);
    try {
      downloadFile(kind === 'pdf' ? await lms.certificates.pdf({ id }) : await lms.certificates.credential({ id }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const c = t.certificates;
  return (
    <main id="main" className="page">
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      <p>
        <button type="button" className="link-button" onClick={() => navigate({ name: 'verify' })}>
          {c.verifyLink} →
        </button>
      </p>
      <ErrorNotice error={error} />
      {list?.length === 0 && <p className="muted">{c.empty}</p>}
      <ul className="certificate-list">
        {list?.map((cert) => (
          <li key={cert.id} className={`certificate-card${cert.revoked ? ' is-revoked' : ''}`}>
            <div className="certificate-preview" aria-hidden="true">
              <Logo />
              <p className="certificate-preview-title">เกียรติบัตร · Certificate</p>
              <p className="certificate-preview-course">{pick(cert.courseTitle)}</p>
            </div>
            <div className="certificate-body">
              <h2 className="course-title">{pick(cert.courseTitle)}</h2>
              <p className="muted">
                {c.no(cert.id)} · {c.completedOn(formatDate(`${cert.completedOn}T12:00:00Z`, language))}
              </p>
              <p className="muted">
                {c.hours(cert.hours)}
                {cert.score !== null && ` · ${c.score(formatPercent(cert.score, language))}`}
              </p>
              {cert.revoked && <p className="badge badge-revoked">{c.revoked}</p>}
              <div className="certificate-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy !== null}
                  onClick={() => void download('pdf', cert.id)}
                >
                  {busy === `pdf/${cert.id}` ? c.preparing : c.downloadPdf}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy !== null}
                  onClick={() => void download('credential', cert.id)}
                >
                  {busy === `credential/${cert.id}` ? c.preparing : c.downloadCredential}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <ProgressBundleExport />
    </main>
  );
}
