import { useEffect, useState, type FormEvent } from 'react';
import { issuerProfileSchema, type IssuerProfile } from '../../../../electron/shared/certificates/issuer.ts';
import { lms } from '../../api/lms-client.ts';
import { downloadFile } from '../../components/download.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { readImage } from './readImage.ts';

/** The academy's names, number prefix, logo and signatory as printed on certificates, with a PDF preview. */
export function IssuerSection() {
  const { t } = useI18n();
  const a = t.admin;
  const [profile, setProfile] = useState<IssuerProfile | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    lms.admin.issuer({}).then((v) => setProfile(v.profile), setError);
  }, []);
  if (!profile) return <ErrorNotice error={error} />;
  const signatory = profile.signatories[0]!;
  const setSignatory = (patch: Partial<typeof signatory>) =>
    setProfile({ ...profile, signatories: [{ ...signatory, ...patch }, ...profile.signatories.slice(1)] });

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const parsed = issuerProfileSchema.safeParse(profile);
    if (!parsed.success) {
      const keys = new Set(parsed.error.issues.map((i) => i.message));
      return setProblems([...keys].map((k) => (t.fieldErrors as Record<string, string>)[k] ?? t.fieldErrors.required));
    }
    setProblems([]);
    try {
      setProfile((await lms.admin.updateIssuer(parsed.data)).profile);
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  }

  const text = (id: string, label: string, value: string, onChange: (v: string) => void, hint?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
  const image = (id: string, label: string, onChange: (v: string | null) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/svg+xml"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void readImage(file).then(onChange, setError);
        }}
      />
    </div>
  );

  return (
    <section className="panel admin-section" aria-labelledby="issuer-title">
      <h2 id="issuer-title">{a.issuerTitle}</h2>
      <form onSubmit={(e) => void save(e)}>
        <div className="form-grid">
          {text('issuer-th', a.issuerNameTh, profile.name.th, (th) =>
            setProfile({ ...profile, name: { ...profile.name, th } }),
          )}
          {text('issuer-en', a.issuerNameEn, profile.name.en, (en) =>
            setProfile({ ...profile, name: { ...profile.name, en } }),
          )}
          {text(
            'issuer-prefix',
            a.idPrefix,
            profile.idPrefix,
            (idPrefix) => setProfile({ ...profile, idPrefix: idPrefix.toUpperCase() }),
            a.idPrefixHint,
          )}
          {image('issuer-logo', a.logo, (logo) => setProfile({ ...profile, logo }))}
          {text('sign-name-th', a.signatoryNameTh, signatory.name.th, (th) =>
            setSignatory({ name: { ...signatory.name, th } }),
          )}
          {text('sign-name-en', a.signatoryNameEn, signatory.name.en, (en) =>
            setSignatory({ name: { ...signatory.name, en } }),
          )}
          {text('sign-title-th', a.signatoryTitleTh, signatory.title.th, (th) =>
            setSignatory({ title: { ...signatory.title, th } }),
          )}
          {text('sign-title-en', a.signatoryTitleEn, signatory.title.en, (en) =>
            setSignatory({ title: { ...signatory.title, en } }),
          )}
          {image('sign-image', a.signatureImage, (signatureImage) => setSignatory({ signatureImage }))}
        </div>
        {problems.map((p) => (
          <p key={p} className="field-error" role="alert">
            {p}
          </p>
        ))}
        <ErrorNotice error={error} />
        {saved && (
          <p className="success-text" role="status">
            {a.saved}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void lms.admin.previewCertificate({}).then(downloadFile, setError)}
          >
            {a.preview}
          </button>
          <button type="submit" className="button button-primary">
            {a.save}
          </button>
        </div>
      </form>
    </section>
  );
}
