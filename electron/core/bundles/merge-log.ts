import type Database from 'better-sqlite3';
import type { BundleKind } from '../../shared/bundles/bundle-format.ts';

type MergeEntry = {
  profileId: string;
  sessionId: string | null;
  sourceDevice: string;
  /** A bundle's kind, or `live` for events sent to a live classroom. */
  kind: BundleKind | 'live';
  eventsNew: number;
  mergedAt: string;
};

/** progress_merges: when each learner's progress arrived, from which laptop, and how much of it was new. */
export function createMergeLog(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO progress_merges (profile_id, session_id, source_device, bundle_kind, events_new, merged_at)
     VALUES (@profileId, @sessionId, @sourceDevice, @kind, @eventsNew, @mergedAt)`,
  );
  // The roster's learners and anyone merged into this session: each one's latest merge, whichever session it was for.
  const latest = db.prepare<
    { sessionId: string },
    { profile_id: string; merged_at: string; source_device: string; events_new: number }
  >(
    `WITH people AS (
       SELECT profile_id FROM session_roster WHERE session_id = @sessionId
       UNION SELECT profile_id FROM progress_merges WHERE session_id = @sessionId),
     ranked AS (
       SELECT m.profile_id, m.merged_at, m.source_device, m.events_new,
         row_number() OVER (PARTITION BY m.profile_id ORDER BY m.merged_at DESC, m.id DESC) AS n
       FROM progress_merges m JOIN people USING (profile_id))
     SELECT profile_id, merged_at, source_device, events_new FROM ranked WHERE n = 1 ORDER BY profile_id`,
  );
  return {
    record: (entry: MergeEntry) => void insert.run(entry),
    lastMerged: (sessionId: string) =>
      latest.all({ sessionId }).map((r) => ({
        profileId: r.profile_id,
        mergedAt: r.merged_at,
        sourceDevice: r.source_device,
        eventsNew: r.events_new,
      })),
  };
}
