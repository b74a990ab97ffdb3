import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  AttendanceMark,
  SessionDetail,
  SessionInput,
  SessionPlan,
  SessionReport,
  SessionSummary,
} from '../../shared/classroom.ts';
import { AppError } from '../../shared/errors.ts';
import type { newProfileSchema, ProfileSummary } from '../../shared/profile.ts';
import type { AuditLog } from '../admin/role-secrets.ts';
import { importRoster, previewRosterImport } from '../admin/learner-import.ts';
import type { CertificateService } from '../certificates/certificate-service.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import type { RecordQueries } from '../records/record-queries.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import type { createProfileService } from '../services/profile-service.ts';
import { attendanceOf, meetsThreshold, slotsOf } from './attendance-rules.ts';
import type { SessionRepository, SessionRow } from './session-repository.ts';
import { generatePlan, retime } from './session-plan.ts';

type LearnerFile = { fileName: string; base64: string };
const FIND_LIMIT = 25;

/**
 * A trainer's classroom sessions: the session itself, its roster (from profiles, a file, or trainees registering at
 * the door), attendance, the plan generated from the course, the report and certificates for the eligible.
 */
export function createSessionService(deps: {
  db: Database.Database;
  sessions: SessionRepository;
  profiles: ProfileRepository;
  profileService: ReturnType<typeof createProfileService>;
  records: RecordQueries;
  certificates: CertificateService;
  library: CourseLibrary;
  audit: AuditLog;
  now: () => Date;
}) {
  const { db, sessions, profiles, library, now } = deps;
  const at = () => now().toISOString();

  function course(courseId: string) {
    const pkg = library.courses.find((c) => c.manifest.id === courseId);
    if (!pkg) {
      throw new AppError(
        'NOT_FOUND',
        `There is no course "${courseId}" on this computer.`,
        `ไม่พบหลักสูตร "${courseId}" ในเครื่องนี้`,
        ['courseId'],
      );
    }
    return pkg;
  }
  function session(id: string): SessionRow {
    const row = sessions.find(id);
    if (!row) throw new AppError('NOT_FOUND', 'That session no longer exists.', 'ไม่พบรุ่นการอบรมนี้');
    return row;
  }
  const summary = (row: SessionRow, rosterCount = sessions.rosterCount(row.id)): SessionSummary => ({
    id: row.id,
    courseId: row.courseId,
    courseTitle: library.courses.find((c) => c.manifest.id === row.courseId)?.manifest.title ?? {
      th: row.courseId,
      en: row.courseId,
    },
    title: row.title,
    venue: row.venue,
    trainers: row.trainers,
    targetGroup: row.targetGroup,
    days: row.days,
    attendanceThreshold: row.attendanceThreshold,
    rosterCount,
    createdAt: row.createdAt,
  });
  const profile = (id: string): ProfileSummary => {
    const p = profiles.find(id);
    if (!p) throw new AppError('NOT_FOUND', 'That learner no longer exists.', 'ไม่พบผู้เรียนรายนี้');
    const { pinHash: _pinHash, ...rest } = p;
    return rest;
  };
  const addAll = (sessionId: string, ids: readonly string[], source: string) =>
    db.transaction(() => ids.forEach((id) => sessions.addToRoster(sessionId, id, source, at()))).immediate();

  function detail(id: string): SessionDetail {
    const row = session(id);
    const roster = sessions.roster(id).map((r) => ({
      profile: profile(r.profileId),
      source: r.source,
      addedAt: r.addedAt,
      lastMergedAt: r.mergedAt,
    }));
    return { session: summary(row, roster.length), roster, attendance: sessions.attendance(id) };
  }

  function plan(id: string): SessionPlan {
    const row = session(id);
    const pkg = course(row.courseId);
    return row.plan ?? generatePlan(pkg.manifest, pkg.quizzes, row.days);
  }

  return {
    list: (): SessionSummary[] => sessions.list().map((row) => summary(row, row.rosterCount)),
    detail,

    create(input: SessionInput): SessionSummary {
      course(input.courseId);
      const row: SessionRow = {
        id: uuidv7(),
        ...input,
        days: [...input.days].sort((a, b) => a.date.localeCompare(b.date)),
        plan: null,
        createdAt: at(),
        updatedAt: at(),
      };
      sessions.save(row);
      return summary(row, 0);
    },
    /** A change of course or days makes an edited plan meaningless: it goes back to the generated one. */
    update(id: string, input: SessionInput): SessionSummary {
      const before = session(id);
      course(input.courseId);
      const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
      const keepsPlan = before.courseId === input.courseId && JSON.stringify(before.days) === JSON.stringify(days);
      const row: SessionRow = { ...before, ...input, days, plan: keepsPlan ? before.plan : null, updatedAt: at() };
      sessions.save(row);
      return summary(row);
    },

    findProfiles: (query: string): ProfileSummary[] =>
      query.trim() ? profiles.search(query, FIND_LIMIT).map((p) => profile(p.id)) : [],
    addToRoster(sessionId: string, profileIds: readonly string[]): SessionDetail {
      session(sessionId);
      profileIds.forEach(profile);
      addAll(sessionId, profileIds, 'profile');
      return detail(sessionId);
    },
    removeFromRoster(sessionId: string, profileId: string): SessionDetail {
      sessions.removeFromRoster(session(sessionId).id, profileId);
      return detail(sessionId);
    },
    previewRosterImport: (sessionId: string, file: LearnerFile) => {
      session(sessionId);
      return previewRosterImport(file, profiles);
    },
    async importRoster(sessionId: string, file: LearnerFile): Promise<SessionDetail> {
      session(sessionId);
      const ids = await importRoster(file, profiles, (fn) => db.transaction(fn).immediate(), now);
      addAll(sessionId, ids, 'import');
      deps.audit.record(at(), 'trainer', 'session.rosterImport', { sessionId, rows: ids.length, file: file.fileName });
      return detail(sessionId);
    },
    /** A trainee types their details at the door; someone already on this laptop simply joins the roster. */
    async registerAtDoor(sessionId: string, input: z.output<typeof newProfileSchema>): Promise<ProfileSummary> {
      session(sessionId);
      const existing = profiles.findByNames(input.nameTh, input.nameEn);
      const learner = existing ? profile(existing.id) : await deps.profileService.create(input);
      addAll(sessionId, [learner.id], 'door');
      return learner;
    },

    mark(sessionId: string, marks: readonly AttendanceMark[]): SessionDetail {
      const row = session(sessionId);
      const slots = new Set(slotsOf(row.days).map((s) => `${s.date}|${s.part}`));
      const roster = new Set(sessions.roster(sessionId).map((r) => r.profileId));
      for (const m of marks) {
        if (!slots.has(`${m.day}|${m.part}`)) {
          throw new AppError(
            'INVALID_INPUT',
            `The session has no ${m.part} on ${m.day}.`,
            `รุ่นนี้ไม่มีช่วง ${m.part} ในวันที่ ${m.day}`,
          );
        }
        if (!roster.has(m.profileId)) {
          throw new AppError('INVALID_INPUT', 'That trainee is not on the roster.', 'ผู้เข้าอบรมรายนี้ไม่อยู่ในรายชื่อ');
        }
      }
      db.transaction(() => marks.forEach((m) => sessions.mark(sessionId, m, at()))).immediate();
      return detail(sessionId);
    },

    saveRoomResults(
      sessionId: string,
      quizId: string,
      results: readonly { profileId: string; correct: number; total: number }[],
    ): void {
      const row = session(sessionId);
      if (!course(row.courseId).quizzes.has(quizId)) {
        throw new AppError('NOT_FOUND', `The course has no quiz "${quizId}".`, `หลักสูตรนี้ไม่มีแบบทดสอบ "${quizId}"`);
      }
      const roster = new Set(sessions.roster(sessionId).map((r) => r.profileId));
      if (results.some((r) => !roster.has(r.profileId) || r.correct > r.total)) {
        throw new AppError(
          'INVALID_INPUT',
          'Each result must be for a trainee on the roster, with no more right answers than questions.',
          'ผลแต่ละรายการต้องเป็นของผู้เข้าอบรมในรายชื่อ และจำนวนข้อที่ตอบถูกต้องไม่เกินจำนวนข้อ',
        );
      }
      db.transaction(() => results.forEach((r) => sessions.saveRoomResult(sessionId, quizId, r, at()))).immediate();
      deps.audit.record(at(), 'trainer', 'session.roomQuiz', { sessionId, quizId, trainees: results.length });
    },

    plan,
    savePlan(sessionId: string, edited: SessionPlan): SessionPlan {
      const row = session(sessionId);
      const dates = new Set(row.days.map((d) => d.date));
      if (edited.days.some((d) => !dates.has(d.date))) {
        throw new AppError('INVALID_INPUT', 'The plan names a day the session does not have.', 'แผนมีวันที่ไม่อยู่ในรุ่นนี้');
      }
      const saved = { ...retime(edited, row.days), edited: true };
      sessions.save({ ...row, plan: saved, updatedAt: at() });
      return saved;
    },
    resetPlan(sessionId: string): SessionPlan {
      const row = session(sessionId);
      sessions.save({ ...row, plan: null, updatedAt: at() });
      return plan(sessionId);
    },

    report(sessionId: string): SessionReport {
      const row = session(sessionId);
      const pkg = course(row.courseId);
      const slots = slotsOf(row.days);
      const marks = sessions.attendance(sessionId);
      const quizIds = [
        ...pkg.manifest.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])),
        ...(pkg.manifest.finalExam ? [pkg.manifest.finalExam] : []),
      ];
      const bestOf = db.prepare<[string, string], { quiz_id: string; best: number; passed: number }>(
        `SELECT quiz_id, max(percent) AS best, max(passed) AS passed FROM quiz_attempts
         WHERE profile_id = ? AND course_id = ? AND submitted_at IS NOT NULL GROUP BY quiz_id`,
      );
      const certificatesOf = db.prepare<[string, string], { id: string; kind: string }>(
        `SELECT id, kind FROM certificates WHERE profile_id = ? AND course_id = ? AND superseded_by IS NULL
         AND id NOT IN (SELECT certificate_id FROM revocations) ORDER BY issued_at`,
      );
      const lessonsOf = db.prepare<[string, string], { lesson_id: string }>(
        'SELECT lesson_id FROM lesson_completions WHERE profile_id = ? AND course_id = ?',
      );
      const required = new Set(
        pkg.manifest.modules.flatMap((m) => m.lessons.filter((l) => l.required).map((l) => l.id)),
      );
      const room = sessions.roomResults(sessionId);
      const trainees = sessions.roster(sessionId).map((entry) => {
        const p = profile(entry.profileId);
        const attendance = attendanceOf(
          slots,
          marks.filter((m) => m.profileId === entry.profileId),
        );
        const record = deps.records.ofLearner(entry.profileId).find((r) => r.courseId === row.courseId);
        const best = new Map(bestOf.all(entry.profileId, row.courseId).map((q) => [q.quiz_id, q]));
        const completed = record?.status === 'completed';
        return {
          profileId: p.id,
          nameTh: p.nameTh,
          nameEn: p.nameEn,
          agency: p.agency,
          attendancePercent: attendance.percent,
          attendedSlots: attendance.attended,
          days: attendance.days,
          lessonsCompleted: lessonsOf.all(entry.profileId, row.courseId).filter((l) => required.has(l.lesson_id))
            .length,
          lessonsRequired: required.size,
          progressPercent: record?.progressPercent ?? 0,
          quizzes: quizIds.map((quizId) => ({
            quizId,
            best: best.get(quizId)?.best ?? null,
            passed: best.get(quizId)?.passed === 1,
          })),
          finalExam: pkg.manifest.finalExam ? (best.get(pkg.manifest.finalExam)?.best ?? null) : null,
          roomQuizzes: room
            .filter((r) => r.profileId === entry.profileId)
            .map(({ quizId, correct, total }) => ({ quizId, correct, total })),
          courseCompleted: completed,
          eligibleParticipation: meetsThreshold(attendance.attended, slots.length, row.attendanceThreshold),
          eligibleCompletion: completed,
          certificates: certificatesOf.all(entry.profileId, row.courseId),
          lastMergedAt: entry.mergedAt,
        };
      });
      return {
        session: summary(row, trainees.length),
        slots: slots.length,
        trainees,
        days: slots.map((s) => ({
          date: s.date,
          part: s.part,
          attended: trainees.filter((t) =>
            marks.some(
              (m) =>
                m.profileId === t.profileId &&
                m.day === s.date &&
                m.part === s.part &&
                (m.status === 'present' || m.status === 'late'),
            ),
          ).length,
        })),
        quizzes: quizIds.map((quizId) => ({
          quizId,
          title: pkg.quizzes.get(quizId)?.title ?? { th: quizId, en: quizId },
        })),
      };
    },

    /**
     * Certificates for everyone eligible in one go, through the certificate machinery (so issuing twice returns the
     * same certificate): participation for attendance at or above the threshold, completion for the course done.
     */
    issueCertificates(sessionId: string, kind: 'participation' | 'completion') {
      const report = this.report(sessionId);
      const row = session(sessionId);
      const pkg = course(row.courseId);
      const lastDay = row.days.at(-1)!;
      const attendedAt = new Date(`${lastDay.date}T${lastDay.end}:00+07:00`).toISOString();
      const issued: { profileId: string; id: string }[] = [];
      const skipped: { profileId: string; reason: 'notEligible' }[] = [];
      for (const t of report.trainees) {
        const eligible = kind === 'participation' ? t.eligibleParticipation : t.eligibleCompletion;
        if (!eligible) {
          skipped.push({ profileId: t.profileId, reason: 'notEligible' });
          continue;
        }
        const completedAt = deps.records.ofLearner(t.profileId).find((r) => r.courseId === row.courseId)?.completedAt;
        const certificate =
          kind === 'participation'
            ? deps.certificates.issueParticipation(t.profileId, pkg, attendedAt)
            : deps.certificates.issueCompletion(t.profileId, pkg, completedAt ?? attendedAt);
        issued.push({ profileId: t.profileId, id: certificate.id });
      }
      deps.audit.record(at(), 'trainer', 'session.certificates', { sessionId, kind, issued: issued.length });
      return { issued, skipped };
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
