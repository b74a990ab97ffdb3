import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { learnerName } from './LearnerList.tsx';

export type LearnerDeleteProps = { learner: ProfileSummary; onDeleted(message: string): void; onCancel(): void };

const sameName = (typed: string, name: string) => typed.trim().toLowerCase() === name.trim().toLowerCase();

/** Deleting a learner says what will be lost and waits for their name, typed again, before it does anything. */
export function LearnerDelete({ learner, onDeleted, onCancel }: LearnerDeleteProps) {
  const { t, language } = useI18n();
  const a = t.admin;
  const [detail, setDetail] = useState<ChannelOutput<'admin.learner'> | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    lms.admin.learner({ id: learner.id }).then(setDetail, setError);
  }, [learner.id]);

  const name = learnerName(learner, language);
  const isConfirmed = sameName(typed, learner.nameEn) || sameName(typed, learner.nameTh);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isConfirmed) return;
    setError(null);
    try {
      await lms.admin.deleteLearner({ id: learner.id, confirmName: typed });
      onDeleted(a.deleted(name));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="learner-panel" onSubmit={(e) => void submit(e)}>
      <h4 ref={heading} tabIndex={-1}>
        {a.deleteTitle(name)}
      </h4>
      {detail && (
        <p className="notice notice-warning" id={`delete-explain-${learner.id}`}>
          {a.deleteExplain(name, detail.eventCount, detail.certificates.length)}
        </p>
      )}
      <div className="field learner-search">
        <label htmlFor={`delete-confirm-${learner.id}`}>{a.deleteConfirmLabel(learner.nameEn, learner.nameTh)}</label>
        <input
          id={`delete-confirm-${learner.id}`}
          value={typed}
          autoComplete="off"
          aria-describedby={detail ? `delete-explain-${learner.id}` : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <ErrorNotice error={error} />
      <div className="form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {a.cancel}
        </button>
        <button type="submit" className="button button-danger" disabled={!isConfirmed}>
          {a.deleteButton}
        </button>
      </div>
    </form>
  );
}
