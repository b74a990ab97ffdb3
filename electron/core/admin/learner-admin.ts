import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { learnerDetailSchema } from '../../shared/admin.ts';
import type { profileEditSchema, ProfileSummary } from '../../shared/profile.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import type { RecordQueries } from '../records/record-queries.ts';
import type { EventRepository } from '../repositories/event-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import type { AuditLog } from './role-secrets.ts';
import { importLearners, previewLearnerImport } from './learner-import.ts';

/** How many of a learner's events the detail view shows; the count says how many exist. */
const TIMELINE_LIMIT = 300;
const FIND_LIMIT = 25;

type LearnerFile = { fileName: string; base64: string };

/**
 * The admin's learner management: import, find, look at, correct, merge and delete. Merging and deleting are the
 * only places Rian rewrites its event log, always in one transaction and always in the audit log.
 */
export function createLearnerAdmin(deps: {
  db: Database.Database;
  profiles: ProfileRepository;
  events: EventRepository;
  records: RecordQueries;
  library: CourseLibrary;
  audit: AuditLog;
  now: () => Date;
}) {
  const { db, profiles, audit, now } = deps;
  const summary = (id: string): ProfileSummary => {
    const p = profiles.find(id);
    if (!p) throw new AppError('NOT_FOUND', 'That learner no longer exists.', 'ไม่พบผู้เรียนรายนี้');
    const { pinHash: _pinHash, ...rest } = p;
    return rest;
  };
  const record = (action: string, detail: Record<string, unknown>) =>
    audit.record(now().toISOString(), 'admin', action, detail);
  const quizTitle = (courseId: string, quizId: string) => {
    const pkg = deps.library.courses.find((c) => c.manifest.id === courseId);
    return pkg?.quizzes.get(quizId)?.title ?? { th: quizId, en: quizId };
  };

  return {
    previewImport: (file: LearnerFile) => previewLearnerImport(file, profiles),
    async importLearners(file: LearnerFile): Promise<number> {
      const imported = await importLearners(file, profiles, (fn) => db.transaction(fn).immediate(), now);
      record('learners.import', { imported, fileName: file.fileName });
      return imported;
    },

    find: (query: string): ProfileSummary[] => profiles.search(query, FIND_LIMIT).map((p) => summary(p.id)),

    detail(id: string): z.infer<typeof learnerDetailSchema> {
      const profile = summary(id);
      const attempts = db
        .prepare<
          [string],
          {
            attempt_id: string;
            course_id: string;
            quiz_id: string;
            started_at: string | null;
            submitted_at: string | null;
            percent: number | null;
            passed: number | null;
          }
        >(
          `SELECT attempt_id, course_id, quiz_id, started_at, submitted_at, percent, passed FROM quiz_attempts
           WHERE profile_id = ? ORDER BY coalesce(started_at, submitted_at) DESC`,
        )
        .all(id)
        .map((a) => ({
          attemptId: a.attempt_id,
          courseId: a.course_id,
          quizId: a.quiz_id,
          quizTitle: quizTitle(a.course_id, a.quiz_id),
          startedAt: a.started_at,
          submittedAt: a.submitted_at,
          percent: a.percent,
          passed: a.passed === null ? null : a.passed === 1,
        }));
      const certificates = db
        .prepare<
          [string],
          { id: string; course_id: string; kind: string; issued_at: string; revoked: number; superseded: number }
        >(
          `SELECT c.id, c.course_id, c.kind, c.issued_at, r.certificate_id IS NOT NULL AS revoked,
             c.superseded_by IS NOT NULL AS superseded
           FROM certificates c LEFT JOIN revocations r ON r.certificate_id = c.id
           WHERE c.profile_id = ? ORDER BY c.issued_at DESC`,
        )
        .all(id)
        .map((c) => ({
          id: c.id,
          courseId: c.course_id,
          kind: c.kind,
          issuedAt: c.issued_at,
          revoked: c.revoked === 1,
          superseded: c.superseded === 1,
        }));
      const timeline = db
        .prepare<
          [string, number],
          {
            id: string;
            occurred_at: string;
            type: string;
            course_id: string;
            lesson_id: string | null;
            device_id: string;
          }
        >(
          `SELECT id, occurred_at, type, course_id, lesson_id, device_id FROM events
           WHERE profile_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?`,
        )
        .all(id, TIMELINE_LIMIT)
        .map((e) => ({
          id: e.id,
          occurredAt: e.occurred_at,
          type: e.type,
          courseId: e.course_id,
          lessonId: e.lesson_id,
          deviceId: e.device_id,
        }));
      const eventCount = db
        .prepare<[string], { n: number }>('SELECT count(*) AS n FROM events WHERE profile_id = ?')
        .get(id)!.n;
      return {
        profile,
        records: deps.records.ofLearner(id),
        attempts,
        certificates,
        timeline,
        eventCount,
        timelineLimit: TIMELINE_LIMIT,
      };
    },

    update(edit: z.output<typeof profileEditSchema>): ProfileSummary {
      const before = summary(edit.id);
      if (edit.employeeId) {
        const holder = profiles.findByEmployeeId(edit.employeeId);
        if (holder && holder.id !== edit.id) {
          throw new AppError(
            'CONFLICT',
            `Employee id ${edit.employeeId} already belongs to ${holder.nameEn}.`,
            `รหัสพนักงาน ${edit.employeeId} เป็นของ ${holder.nameTh} แล้ว`,
            ['employeeId'],
          );
        }
      }
      profiles.update(edit);
      const changed = (Object.keys(edit) as (keyof typeof edit)[]).filter(
        (k) => k !== 'id' && edit[k] !== before[k as keyof ProfileSummary],
      );
      record('learners.edit', { id: edit.id, fields: changed });
      return summary(edit.id);
    },

    /**
     * Moves everything of `mergeId` onto `keepId` (events, attempts, certificates), rebuilds the kept learner's
     * rollups from the log and leaves an alias so progress arriving later under the old id follows. Where both hold
     * a live certificate for the same course, the merged learner's is superseded by the kept one's: both stay on record.
     */
    merge(keepId: string, mergeId: string): number {
      const keep = summary(keepId);
      const gone = summary(mergeId);
      const moved = db
        .transaction(() => {
          const count = db
            .prepare<[string, string]>('UPDATE events SET profile_id = ? WHERE profile_id = ?')
            .run(keepId, mergeId).changes;
          db.prepare(
            `UPDATE certificates AS later SET superseded_by = (
             SELECT earlier.id FROM certificates earlier
             WHERE earlier.profile_id = ? AND earlier.course_id = later.course_id
               AND earlier.course_version = later.course_version AND earlier.kind = later.kind
               AND earlier.superseded_by IS NULL)
           WHERE later.profile_id = ? AND later.superseded_by IS NULL AND EXISTS (
             SELECT 1 FROM certificates earlier
             WHERE earlier.profile_id = ? AND earlier.course_id = later.course_id
               AND earlier.course_version = later.course_version AND earlier.kind = later.kind
               AND earlier.superseded_by IS NULL)`,
          ).run(keepId, mergeId, keepId);
          db.prepare('UPDATE certificates SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          db.prepare('UPDATE OR IGNORE resume_points SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          // Their classroom history moves too; where both were in a session, the kept learner's rows stand.
          db.prepare(
            `INSERT OR IGNORE INTO session_roster (session_id, profile_id, source, added_at)
           SELECT session_id, ?, source, added_at FROM session_roster WHERE profile_id = ?`,
          ).run(keepId, mergeId);
          db.prepare('UPDATE OR IGNORE attendance SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          db.prepare('UPDATE OR IGNORE room_quiz_results SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          db.prepare('UPDATE progress_merges SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          deps.events.rebuildRollupsFor(mergeId);
          deps.events.rebuildRollupsFor(keepId);
          db.prepare('UPDATE profile_aliases SET profile_id = ? WHERE profile_id = ?').run(keepId, mergeId);
          db.prepare("INSERT OR REPLACE INTO profile_aliases VALUES (?, ?, 'merged', ?)").run(
            mergeId,
            keepId,
            now().toISOString(),
          );
          removeProfileRows(mergeId);
          db.prepare('INSERT OR IGNORE INTO record_stale SELECT ?, course_id FROM course_catalog').run(keepId);
          return count;
        })
        .immediate();
      record('learners.merge', { keepId, mergeId, keptName: keep.nameEn, mergedName: gone.nameEn, events: moved });
      return moved;
    },

    /**
     * Deletes a learner and their learning record from this computer, once their name is typed to confirm. Revocations
     * stay: a revoked certificate's PDF must not verify again because its holder was deleted.
     */
    remove(id: string, confirmName: string): void {
      const learner = summary(id);
      const typed = confirmName.trim().toLowerCase();
      if (typed !== learner.nameEn.trim().toLowerCase() && typed !== learner.nameTh.trim().toLowerCase()) {
        throw new AppError(
          'INVALID_INPUT',
          `Type the learner's name exactly (${learner.nameEn}) to delete them.`,
          `พิมพ์ชื่อผู้เรียนให้ตรง (${learner.nameTh}) เพื่อยืนยันการลบ`,
          ['confirmName'],
        );
      }
      const events = db
        .transaction(() => {
          db.prepare(
            'DELETE FROM attempt_answers WHERE attempt_id IN (SELECT attempt_id FROM quiz_attempts WHERE profile_id = ?)',
          ).run(id);
          for (const table of ['quiz_attempts', 'lesson_completions', 'enrolments', 'activity_windows'])
            db.prepare(`DELETE FROM ${table} WHERE profile_id = ?`).run(id);
          const count = db.prepare('DELETE FROM events WHERE profile_id = ?').run(id).changes;
          db.prepare('UPDATE certificates SET superseded_by = NULL WHERE profile_id = ?').run(id);
          db.prepare('DELETE FROM certificates WHERE profile_id = ?').run(id);
          db.prepare("INSERT OR REPLACE INTO profile_aliases VALUES (?, NULL, 'deleted', ?)").run(
            id,
            now().toISOString(),
          );
          removeProfileRows(id);
          return count;
        })
        .immediate();
      record('learners.delete', { id, name: learner.nameEn, events });
    },
  };

  /** The profile row and what hangs off it once its learning record has moved or gone. */
  function removeProfileRows(id: string) {
    db.prepare('DELETE FROM resume_points WHERE profile_id = ?').run(id);
    db.prepare('DELETE FROM record_stale WHERE profile_id = ?').run(id);
    db.prepare('DELETE FROM course_records WHERE profile_id = ?').run(id);
    db.prepare('DELETE FROM profiles WHERE id = ?').run(id);
  }
}
export type LearnerAdmin = ReturnType<typeof createLearnerAdmin>;
