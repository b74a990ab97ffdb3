import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { createRecordProjection } from '../../electron/core/records/record-projection.ts';
import { startBackend } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

const t = tempDir('rian-projection-');
afterAll(() => t.cleanup());

const rows = (db: Database.Database) =>
  db.prepare('SELECT * FROM course_records ORDER BY profile_id, course_id').all() as Record<string, unknown>[];

describe('the records table', () => {
  it('kept up to date row by row equals a rebuild from every table at once', async () => {
    const courses = coursesFixture(t.dir, [QUIZ_LAB, SAMPLE_COURSE]);
    const data = join(t.dir, 'data');
    const backend = startBackend(data, courses);
    await backend.call('profiles.create', { nameTh: 'นายหนึ่ง ทดสอบ', nameEn: 'Mr One', agency: 'ก', position: 'ข' });
    await completeQuizLab(backend);
    await backend.call('profiles.create', { nameTh: 'นางสองทดสอบ', nameEn: 'Mrs Two', agency: 'ก', position: 'ข' });
    await backend.call('progress.completeLesson', {
      courseId: SAMPLE_COURSE,
      lessonId: 'm1-l1-passphrases-password-managers',
    });
    await backend.call('profiles.create', { nameTh: 'นายสาม ทดสอบ', nameEn: 'Mr Three', agency: 'ค', position: 'ง' });
    backend.close();

    const db = new Database(join(data, 'rian.sqlite'));
    const projection = createRecordProjection(db, loadCourseLibrary(courses));
    projection.refresh();
    const incremental = rows(db);
    expect(incremental).toHaveLength(6);
    db.exec(
      'DELETE FROM course_records; INSERT INTO record_stale SELECT p.id, c.course_id FROM profiles p, course_catalog c',
    );
    projection.refresh(true);
    expect(rows(db)).toEqual(incremental);
    expect(incremental.filter((r) => r.status === 2)).toHaveLength(1);
    db.close();
  });

  it('marks every learner stale when a course changes, and drops the rows of a course that is removed', async () => {
    const courses = coursesFixture(join(t.dir, 'two'), [QUIZ_LAB, SAMPLE_COURSE]);
    const data = join(t.dir, 'two', 'data');
    const backend = startBackend(data, courses);
    await backend.call('profiles.create', { nameTh: 'นายสี่ ทดสอบ', nameEn: 'Mr Four', agency: 'ก', position: 'ข' });
    backend.close();
    const db = new Database(join(data, 'rian.sqlite'));
    const library = loadCourseLibrary(courses);
    const projection = createRecordProjection(db, library);
    projection.refresh();
    db.prepare("UPDATE course_catalog SET fingerprint = 'older' WHERE course_id = ?").run(QUIZ_LAB);
    expect(db.prepare('SELECT count(*) AS n FROM record_stale').get()).toEqual({ n: 1 });
    projection.refresh();
    const withoutSample = { ...library, courses: library.courses.filter((c) => c.manifest.id !== SAMPLE_COURSE) };
    createRecordProjection(db, withoutSample).syncCatalog();
    expect(rows(db).map((r) => r.course_id)).toEqual([QUIZ_LAB]);
    db.close();
  });
});
