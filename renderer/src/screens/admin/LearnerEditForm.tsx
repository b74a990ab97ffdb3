import { useEffect, useRef, useState, type FormEvent } from 'react';
import { profileEditSchema, type ProfileSummary } from '../../../../electron/shared/profile.ts';
import { lms } from '../../api/lms-client.ts';
import { errorShape, ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { learnerName } from './LearnerList.tsx';

const FIELDS = ['nameTh', 'nameEn', 'agency', 'position', 'email', 'employeeId'] as const;
type FieldName = (typeof FIELDS)[number];
type FieldErrorKey = 'required' | 'tooLong' | 'email' | 'employeeId';
const FIELD_ERROR_KEYS = new Set<string>(['required', 'tooLong', 'email', 'employeeId']);

export type LearnerEditFormProps = {
  learner: ProfileSummary;
  onSaved(learner: ProfileSummary): void;
  onCancel(): void;
};

/** An admin's correction of a learner's details, checked with the same schema as the backend's. */
export function LearnerEditForm({ learner, onSaved, onCancel }: LearnerEditFormProps) {
  const { t, language } = useI18n();
  const a = t.admin;
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    nameTh: learner.nameTh,
    nameEn: learner.nameEn,
    agency: learner.agency,
    position: learner.position,
    email: learner.email ?? '',
    employeeId: learner.employeeId ?? '',
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, FieldErrorKey>>>({});
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const focusField = (name: string) => document.getElementById(`edit-${name}`)?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const input = { id: learner.id, ...values };
    const parsed = profileEditSchema.safeParse(input);
    if (!parsed.success) {
      const next: Partial<Record<FieldName, FieldErrorKey>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName;
        next[field] ??= (FIELD_ERROR_KEYS.has(issue.message) ? issue.message : 'required') as FieldErrorKey;
      }
      setFieldErrors(next);
      focusField(Object.keys(next)[0]!);
      return;
    }
    setFieldErrors({});
    setSaving(true);
    try {
      onSaved(await lms.admin.updateLearner(input));
    } catch (e) {
      setError(e);
      const field = errorShape(e)?.fields?.[0];
      if (field) focusField(field);
    } finally {
      setSaving(false);
    }
  }

  const labels: Record<FieldName, string> = {
    nameTh: t.firstRun.nameTh,
    nameEn: t.firstRun.nameEn,
    agency: t.firstRun.agency,
    position: t.firstRun.position,
    email: t.firstRun.email,
    employeeId: a.employeeIdLabel,
  };
  const field = (name: FieldName) => {
    const errorKey = fieldErrors[name];
    const hint = name === 'employeeId' ? a.employeeIdHint : null;
    const describedBy = [hint ? `edit-hint-${name}` : '', errorKey ? `edit-error-${name}` : ''].filter(Boolean);
    return (
      <div key={name} className={`field${errorKey ? ' has-error' : ''}`}>
        <label htmlFor={`edit-${name}`}>{labels[name]}</label>
        <input
          id={`edit-${name}`}
          name={name}
          type={name === 'email' ? 'email' : 'text'}
          value={values[name]}
          autoComplete="off"
          required={name !== 'email' && name !== 'employeeId'}
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy.join(' ') || undefined}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
        {hint && (
          <p className="field-hint" id={`edit-hint-${name}`}>
            {hint}
          </p>
        )}
        {errorKey && (
          <p className="field-error" id={`edit-error-${name}`}>
            {errorKey === 'employeeId' ? a.employeeIdError : t.fieldErrors[errorKey]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="learner-panel" onSubmit={(e) => void submit(e)} noValidate>
      <h4 ref={heading} tabIndex={-1}>
        {a.editTitle(learnerName(learner, language))}
      </h4>
      <div className="form-grid">{FIELDS.map(field)}</div>
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {a.cancel}
        </button>
        <button type="submit" className="button button-primary" disabled={isSaving}>
          {a.saveLearner}
        </button>
      </div>
    </form>
  );
}
