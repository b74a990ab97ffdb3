import type { EventType, ProgressEvent } from '../../shared/progress.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import type { Random } from './random.ts';
import { seededUuidV7 } from './seed-ids.ts';

/**
 * A learner's clock and event log in one course, written in the order things happen. Nothing is recorded after
 * `untilMs`: a journey that runs past it is simply still under way.
 */
export function createJournal(options: {
  profileId: string;
  pkg: CoursePackage;
  deviceId: string;
  startMs: number;
  untilMs: number;
  random: Random;
}) {
  const { profileId, pkg, untilMs, random } = options;
  const events: ProgressEvent[] = [];
  const journal = {
    events,
    at: options.startMs,
    deviceId: options.deviceId,
    /** True once the journey reached the end of the seeded period. */
    isOver: options.startMs > untilMs,
    wait(ms: number): void {
      journal.at += ms;
    },
    /** Records an event now; false (and nothing recorded) once the period is over. */
    record(type: EventType, lessonId: string | null, payload: Record<string, unknown> = {}): boolean {
      if (journal.at > untilMs) journal.isOver = true;
      if (journal.isOver) return false;
      events.push({
        id: seededUuidV7(random, journal.at),
        profileId,
        courseId: pkg.manifest.id,
        courseVersion: pkg.manifest.version,
        lessonId,
        type,
        deviceId: journal.deviceId,
        occurredAt: new Date(journal.at).toISOString(),
        payload,
      });
      return true;
    },
  };
  return journal;
}
export type Journal = ReturnType<typeof createJournal>;
