import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProfileForm } from '../ProfileForm.tsx';
import { TrainerGate } from './TrainerGate.tsx';

/**
 * Self-registration at the door, on the trainer's laptop: each trainee types their own details and joins the
 * roster; the form clears for the next one. Someone already on this laptop simply joins.
 */
export function DoorScreen({ sessionId }: { sessionId: string }) {
  return (
    <main id="main" className="page page-narrow">
      <TrainerGate>
        <Door sessionId={sessionId} />
      </TrainerGate>
    </main>
  );
}

function Door({ sessionId }: { sessionId: string }) {
  const { t, pick, language } = useI18n();
  const m = t.trainer;
  const [session, setSession] = useState<SessionSummary | null>(null);
  const [welcomed, setWelcomed] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    lms.trainer.session({ sessionId }).then(
      (d) => setSession(d.session),
      () => setSession(null),
    );
  }, [sessionId]);
  return (
    <>
      <h1>{m.doorTitle}</h1>
      {session && (
        <p className="lead">
          {session.title} · {pick(session.courseTitle)}
        </p>
      )}
      <p>{m.doorBody}</p>
      {welcomed && (
        <p className="notice" role="status">
          {m.welcome(welcomed)}
        </p>
      )}
      <section className="panel">
        <ProfileForm
          key={round}
          submitLabel={m.register}
          create={(profile) => lms.trainer.registerAtDoor({ sessionId, profile })}
          onCreated={(p) => {
            setWelcomed(language === 'th' ? p.nameTh : p.nameEn);
            setRound(round + 1);
            window.scrollTo(0, 0);
          }}
        />
      </section>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'trainerSession', sessionId, tab: 'roster' })}
        >
          {m.closeDoor}
        </button>
      </p>
    </>
  );
}
