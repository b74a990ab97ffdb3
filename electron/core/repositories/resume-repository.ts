import type Database from 'better-sqlite3';
import type { ResumePoint } from '../../shared/progress.ts';

export function createResumeRepository(db: Database.Database) {
  const upsert = db.prepare(
    `INSERT INTO resume_points (profile_id, course_id, lesson_id, scroll, updated_at)
     VALUES (@profileId, @courseId, @lessonId, @scroll, @at)
     ON CONFLICT (profile_id) DO UPDATE SET
       course_id = excluded.course_id, lesson_id = excluded.lesson_id, scroll = excluded.scroll,
       updated_at = excluded.updated_at`,
  );
  const get = db.prepare<[string], { course_id: string; lesson_id: string; scroll: number }>(
    'SELECT course_id, lesson_id, scroll FROM resume_points WHERE profile_id = ?',
  );
  return {
    save(profileId: string, point: ResumePoint, at: string): void {
      upsert.run({ profileId, ...point, at });
    },
    get(profileId: string): ResumePoint | null {
      const row = get.get(profileId);
      return row ? { courseId: row.course_id, lessonId: row.lesson_id, scroll: row.scroll } : null;
    },
  };
}
