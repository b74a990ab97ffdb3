import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.ts';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';
import type { ProgressEvent } from '../../electron/shared/progress.ts';

const eventArb = fc.record({
  id: fc.uuid({ version: 7 }),
  profileId: fc.constantFrom('p1', 'p2'),
  courseId: fc.constantFrom('c1', 'c2'),
  courseVersion: fc.constantFrom('1.0.0', '1.1.0'),
  lessonId: fc.option(fc.constantFrom('l1', 'l2', 'l3'), { nil: null }),
  type: fc.constantFrom('lesson.opened', 'lesson.completed', 'course.completed'),
  deviceId: fc.constantFrom('laptop-a', 'laptop-b'),
  // Few distinct instants, so ties (two laptops, same second) are common.
  occurredAt: fc.integer({ min: 0, max: 20 }).map((s) => new Date(Date.UTC(2026, 10, 21, 9, 0, s)).toISOString()),
  payload: fc.constant({}),
}) as fc.Arbitrary<ProgressEvent>;

function rollupsAfter(batches: ProgressEvent[][]) {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS, null);
  db.exec(
    "INSERT INTO profiles (id, name_th, name_en, agency, position, created_at) VALUES ('p1','ก','A','x','y','t'), ('p2','ข','B','x','y','t')",
  );
  const repo = createEventRepository(db);
  for (const batch of batches) db.transaction(() => repo.appendMany(batch))();
  const result = {
    enrolments: db.prepare('SELECT * FROM enrolments ORDER BY profile_id, course_id').all(),
    completions: db.prepare('SELECT * FROM lesson_completions ORDER BY profile_id, course_id, lesson_id').all(),
    events: db.prepare('SELECT count(*) AS n FROM events').get(),
  };
  db.close();
  return result;
}

describe('rollups from the event log', () => {
  it('are the same whatever the order, batching or duplication of the events', () => {
    fc.assert(
      fc.property(fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength: 40 }), fc.nat(), (events, seed) => {
        const oneByOne = rollupsAfter(events.map((e) => [e]));
        const shuffled = [...events].sort((a, b) => (a.id + seed).localeCompare(b.id + seed));
        const half = Math.floor(shuffled.length / 2);
        const inTwoBatchesTwice = rollupsAfter([shuffled.slice(half), shuffled.slice(0, half), shuffled]);
        expect(inTwoBatchesTwice).toEqual(oneByOne);
      }),
      { numRuns: 150 },
    );
  });
});
