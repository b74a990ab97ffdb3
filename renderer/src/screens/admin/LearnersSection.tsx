import { useState } from 'react';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LearnerDelete } from './LearnerDelete.tsx';
import { LearnerDetail } from './LearnerDetail.tsx';
import { LearnerEditForm } from './LearnerEditForm.tsx';
import { LearnerImport } from './LearnerImport.tsx';
import { learnerName, LearnerList } from './LearnerList.tsx';
import { LearnerMerge } from './LearnerMerge.tsx';
import { useLearnerSearch } from './useLearnerSearch.ts';

type ActionKind = 'view' | 'edit' | 'merge' | 'delete';
type Action = { kind: ActionKind; learnerId: string };

/** Learners: import a list, find someone, then look at their record, correct, merge or delete them. */
export function LearnersSection() {
  const { t, language } = useI18n();
  const a = t.admin;
  const [query, setQuery] = useState('');
  const search = useLearnerSearch(query);
  const [action, setAction] = useState<Action | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const close = () => setAction(null);
  const done = (text: string) => {
    setMessage(text);
    setAction(null);
    search.refresh();
  };
  const toggle = (kind: ActionKind, learnerId: string) => {
    setMessage(null);
    setAction(action?.kind === kind && action.learnerId === learnerId ? null : { kind, learnerId });
  };

  const buttons: [ActionKind, string][] = [
    ['view', a.viewRecord],
    ['edit', a.editLearner],
    ['merge', a.mergeLearner],
    ['delete', a.deleteLearner],
  ];
  const actionsFor = (learner: ProfileSummary, nameId: string) =>
    buttons.map(([kind, label]) => (
      <button
        key={kind}
        type="button"
        className="button button-quiet"
        aria-describedby={nameId}
        aria-expanded={action?.kind === kind && action.learnerId === learner.id}
        onClick={() => toggle(kind, learner.id)}
      >
        {label}
      </button>
    ));
  const panelFor = (learner: ProfileSummary) => {
    if (action?.learnerId !== learner.id) return null;
    switch (action.kind) {
      case 'view':
        return <LearnerDetail learnerId={learner.id} onClose={close} />;
      case 'edit':
        return (
          <LearnerEditForm
            learner={learner}
            onSaved={(saved) => done(a.savedLearner(learnerName(saved, language)))}
            onCancel={close}
          />
        );
      case 'merge':
        return <LearnerMerge learner={learner} onMerged={done} onCancel={close} />;
      case 'delete':
        return <LearnerDelete learner={learner} onDeleted={done} onCancel={close} />;
    }
  };

  return (
    <section className="panel admin-section" aria-labelledby="learners-title">
      <h2 id="learners-title">{a.learnersTitle}</h2>
      <LearnerImport onImported={search.refresh} />
      <h3>{a.findTitle}</h3>
      <div className="field learner-search">
        <label htmlFor="learner-find">{a.findLabel}</label>
        <input id="learner-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ErrorNotice error={search.error} />
      {message && (
        <p className="success-text" role="status">
          {message}
        </p>
      )}
      {search.results && (
        <LearnerList
          learners={search.results}
          label={a.findResults}
          renderActions={actionsFor}
          renderBelow={panelFor}
        />
      )}
    </section>
  );
}
