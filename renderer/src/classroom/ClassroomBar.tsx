import { useState } from 'react';
import type { Membership } from '../../../electron/shared/live-classroom.ts';
import { lms } from '../api/lms-client.ts';
import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LiveQuestionCard } from './LiveQuestionCard.tsx';
import { usePolling } from './usePolling.ts';

/** How often a trainee's Rian checks in with the classroom: progress goes out, the trainer's question comes in. */
const POLL_MS = 2_000;

/**
 * On a trainee's own Rian, under the header while they are in a classroom: whether their progress has reached the
 * trainer's laptop (or is waiting on this one), and the trainer's question when one is put to the room.
 */
export function ClassroomBar() {
  const { t, pick } = useI18n();
  const c = t.classroomBar;
  const [membership, setMembership] = useState<Membership | null>(null);
  usePolling(() => lms.classroom.membership({}).then(setMembership), POLL_MS);
  if (!membership) return null;

  const sync = !membership.isOnline
    ? { className: 'is-offline', text: c.offline }
    : membership.pendingEvents > 0
      ? { className: 'is-waiting', text: c.waiting(membership.pendingEvents) }
      : { className: 'is-synced', text: c.synced };
  const isKeptHere = !membership.isOnline && membership.pendingEvents > 0;
  return (
    <div className="classroom-bar-wrap">
      <section className="classroom-bar" aria-label={c.label}>
        <p className="classroom-bar-title">
          <span className="classroom-bar-label">{c.label}</span> {membership.session.title} ·{' '}
          {pick(membership.session.courseTitle)}
        </p>
        <p className={`classroom-sync ${sync.className}`} role="status">
          <span className="classroom-sync-dot" aria-hidden="true" /> {sync.text}
          {isKeptHere && <span className="classroom-sync-kept">{c.waiting(membership.pendingEvents)}</span>}
        </p>
        {membership.status === 'pending' && <p className="classroom-bar-note">{c.pending}</p>}
        {membership.status === 'declined' && <p className="classroom-bar-note">{c.declined}</p>}
        <div className="classroom-bar-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ name: 'course', courseId: membership.session.courseId })}
          >
            {c.openCourse}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => void lms.classroom.leave({}).then(() => setMembership(null))}
          >
            {c.leave}
          </button>
        </div>
      </section>
      {membership.question && (
        <LiveQuestionCard
          question={membership.question}
          onAnswer={(choiceIds) =>
            lms.classroom
              .answer({ runId: membership.question!.runId, choiceIds })
              .then((question) => setMembership((m) => (m ? { ...m, question } : m)))
          }
        />
      )}
    </div>
  );
}
