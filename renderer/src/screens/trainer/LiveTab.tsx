import { useCallback, useState } from 'react';
import type { SessionSummary } from '../../../../electron/shared/classroom.ts';
import type { LiveClassroom } from '../../../../electron/shared/live-classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { usePolling } from '../../classroom/usePolling.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { JoinCard } from './live/JoinCard.tsx';
import { LiveMembers } from './live/LiveMembers.tsx';
import { LiveQuiz } from './live/LiveQuiz.tsx';

/** The dashboard refreshes about once a second: fresh enough to watch answers arrive, light on the laptop. */
const POLL_MS = 1_000;

/** The live classroom of a session: open the door on the room's network, watch the room, put questions to it. */
export function LiveTab({ session }: { session: SessionSummary }) {
  const { t } = useI18n();
  const l = t.live;
  const [live, setLive] = useState<LiveClassroom | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const [isProjecting, setProjecting] = useState(false);
  const sessionId = session.id;
  usePolling(() => lms.classroom.live({ sessionId }).then(setLive, setError), POLL_MS);

  const act = useCallback(
    (call: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      call()
        .then(() => lms.classroom.live({ sessionId }))
        .then(setLive, setError)
        .finally(() => setBusy(false));
    },
    [sessionId],
  );

  if (!live) return <ErrorNotice error={error} />;
  const door = live.door;
  if (door && isProjecting) {
    return (
      <div className="live-projector">
        <JoinCard door={door} />
        <button type="button" className="button button-secondary" onClick={() => setProjecting(false)}>
          {l.leaveProjector}
        </button>
      </div>
    );
  }
  return (
    <div className="live-dashboard">
      <section className="panel live-door" aria-labelledby="live-door-title">
        <h2 id="live-door-title" className="visually-hidden">
          {l.tab}
        </h2>
        {!door ? (
          <>
            <p>{l.intro}</p>
            <p className="muted">{l.closedNote}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={isBusy}
              onClick={() => act(() => lms.classroom.open({ sessionId }))}
            >
              {isBusy ? l.opening : l.open}
            </button>
          </>
        ) : (
          <>
            <JoinCard door={door} />
            <p className="muted">{l.eventsTotal(live.eventsReceived)}</p>
            <div className="live-door-actions">
              <button type="button" className="button button-secondary" onClick={() => setProjecting(true)}>
                {l.projector}
              </button>
              <button
                type="button"
                className="button button-secondary"
                title={l.rotateHint}
                disabled={isBusy}
                onClick={() => act(() => lms.classroom.rotateCode({ sessionId }))}
              >
                {l.rotate}
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={isBusy}
                onClick={() => act(() => lms.classroom.close({ sessionId }))}
              >
                {l.close}
              </button>
            </div>
            <p className="muted">{l.firewallHint}</p>
          </>
        )}
        <ErrorNotice error={error} />
      </section>
      {door && <LiveQuiz live={live} courseId={session.courseId} onLive={setLive} />}
      <LiveMembers
        live={live}
        onAdmit={(member, admit) => act(() => lms.classroom.admit({ sessionId, memberId: member.memberId, admit }))}
      />
    </div>
  );
}
