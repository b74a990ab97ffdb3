import type { ReactNode } from 'react';
import type { Language } from '../../../../electron/shared/bilingual.ts';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type LearnerListProps = {
  learners: ProfileSummary[];
  label: string;
  renderActions(learner: ProfileSummary, nameId: string): ReactNode;
  renderBelow?(learner: ProfileSummary): ReactNode;
};

/** Found learners, the reader's language's name first; each row's buttons are described by that name. */
export function LearnerList({ learners, label, renderActions, renderBelow }: LearnerListProps) {
  const { t, language } = useI18n();
  if (learners.length === 0) return <p className="muted">{t.admin.findNone}</p>;
  return (
    <ul className="learner-list" aria-label={label}>
      {learners.map((learner) => {
        const nameId = `learner-name-${learner.id}`;
        const [first, second] = language === 'th' ? [learner.nameTh, learner.nameEn] : [learner.nameEn, learner.nameTh];
        const details = [second, learner.agency, learner.position].join(' · ');
        return (
          <li key={learner.id} className="learner-item">
            <div className="learner-item-top">
              <div className="learner-who">
                <span className="learner-name" id={nameId}>
                  {first}
                </span>
                <span className="muted small">
                  {details}
                  {learner.employeeId && (
                    <>
                      {' · '}
                      <span className="nowrap">{learner.employeeId}</span>
                    </>
                  )}
                </span>
              </div>
              <div className="row-actions">{renderActions(learner, nameId)}</div>
            </div>
            {renderBelow?.(learner)}
          </li>
        );
      })}
    </ul>
  );
}

/** The learner's name in the reader's language, for messages and headings. */
export function learnerName(learner: Pick<ProfileSummary, 'nameTh' | 'nameEn'>, language: Language): string {
  return language === 'th' ? learner.nameTh : learner.nameEn;
}
