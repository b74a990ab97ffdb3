import { useEffect, useState } from 'react';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import type { RosterEntry } from './present/room-steps.ts';
import { RoomQuiz } from './RoomQuiz.tsx';
import { TrainerGate } from './TrainerGate.tsx';

/** A room quiz run from a session's plan: the trainer ticks who answered right, and the tally joins the report. */
export function SessionRoomQuizScreen(props: { courseId: string; quizId: string; sessionId: string }) {
  return (
    <main id="main" className="present-page">
      <TrainerGate>
        <SessionRoomQuiz {...props} />
      </TrainerGate>
    </main>
  );
}

function SessionRoomQuiz({ courseId, quizId, sessionId }: { courseId: string; quizId: string; sessionId: string }) {
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.trainer
      .session({ sessionId })
      .then(
        (d) =>
          setRoster(
            d.roster.map((r) => ({ profileId: r.profile.id, nameTh: r.profile.nameTh, nameEn: r.profile.nameEn })),
          ),
        setError,
      );
  }, [sessionId]);
  if (!roster) return <ErrorNotice error={error} />;
  return (
    <>
      <ErrorNotice error={error} />
      <RoomQuiz
        courseId={courseId}
        quizId={quizId}
        roster={roster}
        onResults={(results) =>
          void lms.trainer
            .saveRoomResults({ sessionId, quizId, results })
            .then(() => navigate({ name: 'trainerSession', sessionId, tab: 'report' }), setError)
        }
      />
    </>
  );
}
