/**
 * Child process for the crash test: appends progress events as fast as it can through the real repository and
 * prints each event id only after its transaction committed, i.e. once it is acknowledged as saved.
 */
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';

const db = openDatabase(process.argv[2]!);
const events = createEventRepository(db);
db.prepare(
  `INSERT OR IGNORE INTO profiles (id, name_th, name_en, agency, position, created_at)
   VALUES ('crash-profile', 'ทดสอบ', 'Test', 'สพร.', 'ผู้ทดสอบ', '2026-11-21T00:00:00.000Z')`,
).run();
const record = db.transaction((i: number) => {
  const id = uuidv7();
  events.append({
    id,
    profileId: 'crash-profile',
    courseId: `course-${i % 3}`,
    courseVersion: '1.0.0',
    lessonId: `lesson-${i % 40}`,
    type: i % 2 === 0 ? 'lesson.opened' : 'lesson.completed',
    deviceId: 'crash-device',
    occurredAt: new Date().toISOString(),
    payload: { i },
  });
  return id;
});
for (let i = 0; ; i++) {
  const id = record.immediate(i);
  process.stdout.write(`${id}\n`);
}
