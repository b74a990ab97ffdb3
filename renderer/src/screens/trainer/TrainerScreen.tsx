import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SessionForm } from './SessionForm.tsx';
import { TrainerGate } from './TrainerGate.tsx';

/** The trainer area's home, behind the trainer passphrase. */
export function TrainerScreen() {
  return (
    <main id="main" className="page trainer">
      <TrainerGate>
        <SessionList />
      </TrainerGate>
    </main>
  );
}

/** The trainer's sessions, latest first, and a new one. */
function SessionList() {
  const { t, pick, language } = useI18n();
  const m = t.trainer;
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.trainer.sessions({}).then(setSessions, setError);
  }, []);
  if (creating) {
    return (
      <SessionForm
        session={null}
        onSaved={(s) => navigate({ name: 'trainerSession', sessionId: s.id })}
        onCancel={() => setCreating(false)}
      />
    );
  }
  return (
    <>
      <div className="admin-top">
        <h1>{m.title}</h1>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          {m.newSession}
        </button>
      </div>
      <ErrorNotice error={error} />
      {sessions?.length === 0 && <p className="lead">{m.noSessions}</p>}
      <ul className="session-list">
        {sessions?.map((s) => (
          <li key={s.id} className="panel session-card">
            <h2>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate({ name: 'trainerSession', sessionId: s.id })}
              >
                {s.title}
              </button>
            </h2>
            <p>{pick(s.courseTitle)}</p>
            <p className="muted small">
              {m.when(
                formatShortDate(s.days[0]!.date, language),
                formatShortDate(s.days.at(-1)!.date, language),
                s.days.length,
              )}{' '}
              · {s.venue} · {m.rosterCount(s.rosterCount)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
