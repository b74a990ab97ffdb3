import { useState, type FormEvent } from 'react';
import { newProfileSchema, type NewProfileInput, type ProfileSummary } from '../../../electron/shared/profile.ts';
import { lms } from '../api/lms-client.ts';
import { errorShape, ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

type FieldName = 'nameTh' | 'nameEn' | 'agency' | 'position' | 'email' | 'pin';
type FieldErrorKey = 'required' | 'tooLong' | 'email' | 'pin';
const FIELD_ERROR_KEYS = new Set<string>(['required', 'tooLong', 'email', 'pin']);

export type ProfileFormProps = {
  onCreated(profile: ProfileSummary): void;
  onCancel?(): void;
  /** Where the new profile goes: the learner's own sign-up by default; a trainer's door registration otherwise. */
  create?(values: NewProfileInput): Promise<ProfileSummary>;
  submitLabel?: string;
};

/** Validated in the page with the same schema the backend uses, so every message is specific and bilingual. */
export function ProfileForm({
  onCreated,
  onCancel,
  create = (values) => lms.profiles.create(values),
  submitLabel,
}: ProfileFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<Required<Record<FieldName, string>>>({
    nameTh: '',
    nameEn: '',
    agency: '',
    position: '',
    email: '',
    pin: '',
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, FieldErrorKey>>>({});
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = newProfileSchema.safeParse(values satisfies NewProfileInput);
    if (!parsed.success) {
      const next: Partial<Record<FieldName, FieldErrorKey>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName;
        next[field] ??= (FIELD_ERROR_KEYS.has(issue.message) ? issue.message : 'required') as FieldErrorKey;
      }
      setFieldErrors(next);
      document.getElementById(`field-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    setFieldErrors({});
    setSaving(true);
    try {
      onCreated(await create(values));
    } catch (e) {
      setError(e);
      const field = errorShape(e)?.fields?.[0];
      if (field) document.getElementById(`field-${field}`)?.focus();
    } finally {
      setSaving(false);
    }
  }

  const field = (
    name: FieldName,
    label: string,
    options: { hint?: string; type?: string; optional?: boolean; inputMode?: 'numeric'; autoComplete?: string } = {},
  ) => {
    const errorKey = fieldErrors[name];
    const describedBy = [options.hint ? `hint-${name}` : '', errorKey ? `error-${name}` : ''].filter(Boolean).join(' ');
    return (
      <div className={`field${errorKey ? ' has-error' : ''}`}>
        <label htmlFor={`field-${name}`}>{label}</label>
        <input
          id={`field-${name}`}
          name={name}
          type={options.type ?? 'text'}
          value={values[name]}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete ?? 'off'}
          required={!options.optional}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
        {options.hint && (
          <p className="field-hint" id={`hint-${name}`}>
            {options.hint}
          </p>
        )}
        {errorKey && (
          <p className="field-error" id={`error-${name}`}>
            {t.fieldErrors[errorKey]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        {field('nameTh', t.firstRun.nameTh, { hint: t.firstRun.nameThHint })}
        {field('nameEn', t.firstRun.nameEn, { hint: t.firstRun.nameEnHint })}
        {field('agency', t.firstRun.agency, { hint: t.firstRun.agencyHint })}
        {field('position', t.firstRun.position, { hint: t.firstRun.positionHint })}
        {field('email', t.firstRun.email, { type: 'email', optional: true, autoComplete: 'email' })}
        {field('pin', t.firstRun.pin, {
          type: 'password',
          optional: true,
          inputMode: 'numeric',
          hint: t.firstRun.pinHint,
          autoComplete: 'new-password',
        })}
      </div>
      <ErrorNotice error={error} />
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t.firstRun.cancel}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {isSaving ? t.firstRun.saving : (submitLabel ?? t.firstRun.submit)}
        </button>
      </div>
    </form>
  );
}
