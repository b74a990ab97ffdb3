import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';
import { startBackend, SOMSRI } from '../support/backend.ts';
import { coursesFixture, SAMPLE_COURSE, tempDir } from '../support/temp.ts';
import type { ProgressEvent } from '../../electron/shared/progress.ts';
import type { Figure } from './run.ts';
import { percentile } from './stats.ts';

const SINGLE_EVENTS = 400;
const BATCH_EVENTS = 300_000;
const BATCH_SIZE = 10_000;

/** One learner action as the app records it: dispatch → validation → event + rollups, fsync'd (synchronous=FULL). */
async function singleEventLatency(): Promise<number[]> {
  const t = tempDir('rian-bench-');
  const backend = startBackend(t.dir, coursesFixture(t.dir));
  await backend.call('profiles.create', SOMSRI);
  const lessonId = (await backend.call('courses.outline', { courseId: SAMPLE_COURSE })).modules[0]!.lessons[0]!.id;
  const times: number[] = [];
  for (let i = 0; i < SINGLE_EVENTS; i++) {
    const start = performance.now();
    await backend.call('progress.openLesson', { courseId: SAMPLE_COURSE, lessonId });
    times.push(performance.now() - start);
  }
  backend.close();
  t.cleanup();
  return times;
}

/** Merging or seeding: many events per transaction through the same repository (event + rollups each). */
function batchedThroughput(): number {
  const t = tempDir('rian-bench-');
  const db = openDatabase(join(t.dir, 'rian.sqlite'));
  const repo = createEventRepository(db);
  const profiles = Array.from({ length: 200 }, (_, i) => `profile-${i}`);
  const insertProfile = db.prepare(
    "INSERT INTO profiles (id, name_th, name_en, agency, position, created_at) VALUES (?, 'ทดสอบ', 'Test', 'สพร.', 'ผู้ทดสอบ', '2026-01-01')",
  );
  for (const id of profiles) insertProfile.run(id);
  // The events exist before they are stored (as when merging another laptop's log); time only the storing.
  const events: ProgressEvent[] = Array.from({ length: BATCH_EVENTS }, (_, i) => ({
    id: uuidv7(),
    profileId: profiles[i % profiles.length]!,
    courseId: `course-${i % 5}`,
    courseVersion: '1.0.0',
    lessonId: `lesson-${i % 60}`,
    type: i % 3 === 0 ? 'lesson.completed' : 'lesson.opened',
    deviceId: 'bench-device',
    occurredAt: new Date(1_790_000_000_000 + i * 1000).toISOString(),
    payload: {},
  }));
  const batch = db.transaction((from: number) => repo.appendMany(events.slice(from, from + BATCH_SIZE)));
  const start = performance.now();
  for (let from = 0; from < BATCH_EVENTS; from += BATCH_SIZE) batch(from);
  const seconds = (performance.now() - start) / 1000;
  db.close();
  t.cleanup();
  return BATCH_EVENTS / seconds;
}

export async function benchEvents(): Promise<Figure[]> {
  const times = await singleEventLatency();
  return [
    {
      name: 'record one progress event, median',
      value: percentile(times, 50),
      unit: 'ms',
      budget: 10,
      better: 'lower',
    },
    { name: 'record one progress event, p99', value: percentile(times, 99), unit: 'ms', budget: 30, better: 'lower' },
    {
      name: 'batched event insert throughput',
      value: Math.round(batchedThroughput()),
      unit: 'events/s',
      budget: 100_000,
      better: 'higher',
    },
  ];
}
