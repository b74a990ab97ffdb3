import { z } from 'zod';
import {
  adminCertificateFilterSchema,
  adminCertificateRowSchema,
  auditEntrySchema,
  deleteLearnerSchema,
  healthSchema,
  learnerDetailSchema,
  learnerFileSchema,
  learnerImportPreviewSchema,
  learnerSearchSchema,
  mergeLearnersSchema,
  issuerAdminViewSchema,
  jobStateSchema,
  passphraseSchema,
  roleStatusSchema,
  unlockSchema,
} from './admin.ts';
import { appStatusSchema } from './app-status.ts';
import {
  bundleReportSchema,
  bundleSelectionSchema,
  bundleUploadResultSchema,
  bundleUploadSchema,
  lastMergedSchema,
} from './bundles/bundle-report.ts';
import { bilingualSchema } from './bilingual.ts';
import { issuerProfileSchema } from './certificates/issuer.ts';
import { answerSchema } from './assessment/answers.ts';
import { attemptViewSchema, quizOverviewSchema } from './assessment/attempt-view.ts';
import { catalogSchema, courseOutlineSchema, lessonContentSchema } from './catalog.ts';
import {
  attendanceMarkSchema,
  sessionDetailSchema,
  sessionInputSchema,
  sessionPlanSchema,
  sessionReportSchema,
  sessionSummarySchema,
} from './classroom.ts';
import { newProfileSchema, profileEditSchema, profileSummarySchema, signInSchema } from './profile.ts';
import {
  dashboardSchema,
  exportChunkInputSchema,
  exportChunkSchema,
  recordExportInputSchema,
  recordFilterSchema,
  recordPageInputSchema,
  recordPageSchema,
} from './records.ts';
import { courseProgressSchema, resumePointSchema } from './progress.ts';
import { presentLessonSchema, presentOutlineSchema, presentQuizSchema } from './present.ts';
import type { ChannelName } from './channel-names.ts';
import type { Result } from './result.ts';
import { searchQuerySchema, searchResponseSchema } from './search.ts';
import { settingsPatchSchema, settingsSchema } from './settings.ts';
import {
  askSchema,
  classroomDoorSchema,
  hubAnswerSchema,
  hubJoinedSchema,
  hubJoinSchema,
  hubPushedSchema,
  hubPushSchema,
  hubStateSchema,
  joinRequestSchema,
  liveClassroomSchema,
  memberQuestionSchema,
  membershipSchema,
} from './live-classroom.ts';
import { certificateSummarySchema, verdictSchema, verifyInputSchema } from './certificates/verdict.ts';

/**
 * Who may call a channel. `public` works before anyone signs in (choosing or creating a profile);
 * `learner` acts on the signed-in profile only; `trainer` and `admin` need an unlocked role. `classroom` and `member`
 * are reachable only through a live classroom's door: someone holding the join code, and a trainee who has joined.
 */
export type Role = 'public' | 'learner' | 'trainer' | 'admin' | 'classroom' | 'member';

type ChannelSpec = { input: z.ZodType; output: z.ZodType; role: Role };

const channel = <I extends z.ZodType, O extends z.ZodType>(role: Role, input: I, output: O) => ({
  role,
  input,
  output,
});

const none = z.strictObject({});
const courseRef = z.strictObject({ courseId: z.string().min(1).max(100) });
const quizRef = z.strictObject({ courseId: z.string().min(1).max(100), quizId: z.string().min(1).max(100) });
const attemptRef = z.strictObject({ attemptId: z.string().min(1).max(100) });
const certificateRef = z.strictObject({ id: z.string().min(1).max(40) });
/** A file for the renderer to save: text, or bytes as base64. */
const fileSchema = z.strictObject({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
const sessionRef = z.strictObject({ sessionId: z.string().min(1).max(100) });
const lessonRef = z.strictObject({ courseId: z.string().min(1).max(100), lessonId: z.string().min(1).max(100) });

export const contract = {
  'app.status': channel('public', none, appStatusSchema),
  'settings.get': channel('public', none, settingsSchema),
  'settings.update': channel('public', settingsPatchSchema, settingsSchema),

  'profiles.list': channel('public', none, z.array(profileSummarySchema)),
  'profiles.create': channel('public', newProfileSchema, profileSummarySchema),
  /** Someone not among the recent profiles finds their own name (at least two characters). */
  'profiles.find': channel(
    'public',
    z.strictObject({ query: z.string().trim().max(120) }),
    z.array(profileSummarySchema),
  ),
  'session.signIn': channel('public', signInSchema, profileSummarySchema),
  /** The door's signed-in profile (a page reload), else the last profile when it has no PIN (an app restart). */
  'session.resume': channel('public', none, profileSummarySchema.nullable()),
  'session.current': channel('public', none, profileSummarySchema.nullable()),
  'session.signOut': channel('public', none, z.null()),

  'catalog.list': channel('learner', none, catalogSchema),
  'courses.outline': channel('learner', courseRef, courseOutlineSchema),
  'courses.lesson': channel('learner', lessonRef, lessonContentSchema),
  'progress.openLesson': channel('learner', lessonRef, courseProgressSchema),
  'progress.completeLesson': channel('learner', lessonRef, courseProgressSchema),
  'progress.saveScroll': channel('learner', lessonRef.extend({ scroll: z.number().min(0).max(1) }), z.null()),
  'progress.resumePoint': channel('learner', none, resumePointSchema.nullable()),

  'quizzes.overview': channel('learner', quizRef, quizOverviewSchema),
  'quizzes.start': channel('learner', quizRef, attemptViewSchema),
  'quizzes.attempt': channel('learner', attemptRef, attemptViewSchema),
  'quizzes.answer': channel(
    'learner',
    attemptRef.extend({ questionId: z.string().min(1).max(100), answer: answerSchema }),
    z.strictObject({ savedAt: z.string() }),
  ),
  'quizzes.submit': channel('learner', attemptRef, attemptViewSchema),

  'search.query': channel('learner', searchQuerySchema, searchResponseSchema),

  'certificates.mine': channel('learner', none, z.array(certificateSummarySchema)),
  'certificates.pdf': channel('learner', certificateRef, fileSchema),
  'certificates.credential': channel('learner', certificateRef, fileSchema),
  /** Anyone may verify, signed in or not: a code, a PDF or a credential JSON. */
  'certificates.verify': channel('public', verifyInputSchema, verdictSchema),

  'admin.status': channel('public', none, roleStatusSchema),
  'admin.setPassphrase': channel('public', passphraseSchema, roleStatusSchema),
  'admin.unlock': channel('public', unlockSchema, roleStatusSchema),
  'admin.lock': channel('public', none, roleStatusSchema),
  'admin.issuer': channel('admin', none, issuerAdminViewSchema),
  'admin.updateIssuer': channel('admin', issuerProfileSchema, issuerAdminViewSchema),
  'admin.previewCertificate': channel('admin', none, fileSchema),
  'admin.importIssuerKey': channel(
    'admin',
    z.strictObject({ pem: z.string().min(1).max(10_000) }),
    z.strictObject({ keyId: z.string(), fingerprint: z.string() }),
  ),
  'admin.trustIssuer': channel(
    'admin',
    z.strictObject({ publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'publicKey'), name: bilingualSchema }),
    z.strictObject({ keyId: z.string(), fingerprint: z.string() }),
  ),
  'admin.certificates': channel('admin', adminCertificateFilterSchema, z.array(adminCertificateRowSchema)),
  'admin.revokeCertificate': channel(
    'admin',
    z.strictObject({ id: z.string().min(1).max(40), reason: z.string().trim().min(3, 'reason').max(500) }),
    z.null(),
  ),
  'admin.reissueCertificate': channel('admin', certificateRef, certificateSummarySchema),
  'admin.exportCertificates': channel(
    'admin',
    z.strictObject({ courseId: z.string().max(100).nullable() }),
    z.strictObject({ jobId: z.string() }),
  ),
  'admin.job': channel('admin', z.strictObject({ jobId: z.string().max(100) }), jobStateSchema),
  'admin.cancelJob': channel('admin', z.strictObject({ jobId: z.string().max(100) }), z.null()),
  'admin.auditLog': channel('admin', none, z.array(auditEntrySchema)),
  'admin.exportAuditLog': channel('admin', none, fileSchema),
  'admin.health': channel('admin', none, healthSchema),
  'admin.previewLearnerImport': channel('admin', learnerFileSchema, learnerImportPreviewSchema),
  'admin.importLearners': channel('admin', learnerFileSchema, z.strictObject({ imported: z.number().int() })),
  'admin.backup': channel('admin', none, healthSchema),

  'admin.records': channel('admin', recordPageInputSchema, recordPageSchema),
  'admin.dashboard': channel('admin', z.strictObject({ filter: recordFilterSchema }), dashboardSchema),
  'admin.exportRecords': channel('admin', recordExportInputSchema, z.strictObject({ jobId: z.string() })),
  'admin.exportChunk': channel('admin', exportChunkInputSchema, exportChunkSchema),
  'admin.learner': channel('admin', z.strictObject({ id: z.string().min(1).max(100) }), learnerDetailSchema),
  'admin.findLearners': channel('admin', learnerSearchSchema, z.array(profileSummarySchema)),
  'admin.updateLearner': channel('admin', profileEditSchema, profileSummarySchema),
  'admin.mergeLearners': channel('admin', mergeLearnersSchema, z.strictObject({ eventsMoved: z.number().int() })),
  'admin.deleteLearner': channel('admin', deleteLearnerSchema, z.null()),

  'trainer.status': channel('public', none, roleStatusSchema),
  'trainer.setPassphrase': channel('public', passphraseSchema, roleStatusSchema),
  'trainer.unlock': channel('public', unlockSchema, roleStatusSchema),
  'trainer.lock': channel('public', none, roleStatusSchema),
  'trainer.courses': channel(
    'trainer',
    none,
    z.array(z.strictObject({ id: z.string(), title: bilingualSchema, hours: z.number() })),
  ),
  'trainer.sessions': channel('trainer', none, z.array(sessionSummarySchema)),
  'trainer.createSession': channel('trainer', sessionInputSchema, sessionSummarySchema),
  'trainer.updateSession': channel(
    'trainer',
    z.strictObject({ id: sessionRef.shape.sessionId, session: sessionInputSchema }),
    sessionSummarySchema,
  ),
  'trainer.session': channel('trainer', sessionRef, sessionDetailSchema),
  'trainer.findProfiles': channel(
    'trainer',
    z.strictObject({ query: z.string().trim().max(120) }),
    z.array(profileSummarySchema),
  ),
  'trainer.addToRoster': channel(
    'trainer',
    sessionRef.extend({ profileIds: z.array(z.string().min(1).max(100)).min(1).max(500) }),
    sessionDetailSchema,
  ),
  'trainer.removeFromRoster': channel(
    'trainer',
    sessionRef.extend({ profileId: z.string().min(1).max(100) }),
    sessionDetailSchema,
  ),
  'trainer.previewRosterImport': channel(
    'trainer',
    sessionRef.extend({ file: learnerFileSchema }),
    learnerImportPreviewSchema.extend({
      rows: z.array(learnerImportPreviewSchema.shape.rows.element.extend({ existingId: z.string().nullable() })),
    }),
  ),
  'trainer.importRoster': channel('trainer', sessionRef.extend({ file: learnerFileSchema }), sessionDetailSchema),
  'trainer.registerAtDoor': channel('trainer', sessionRef.extend({ profile: newProfileSchema }), profileSummarySchema),
  'trainer.markAttendance': channel(
    'trainer',
    sessionRef.extend({ marks: z.array(attendanceMarkSchema).min(1).max(2000) }),
    sessionDetailSchema,
  ),
  'trainer.plan': channel('trainer', sessionRef, sessionPlanSchema),
  'trainer.savePlan': channel('trainer', sessionRef.extend({ plan: sessionPlanSchema }), sessionPlanSchema),
  'trainer.resetPlan': channel('trainer', sessionRef, sessionPlanSchema),
  'trainer.runSheet': channel('trainer', sessionRef, fileSchema),
  'trainer.report': channel('trainer', sessionRef, sessionReportSchema),
  'trainer.saveRoomResults': channel(
    'trainer',
    sessionRef.extend({
      quizId: z.string().min(1).max(100),
      results: z
        .array(
          z.strictObject({
            profileId: z.string().min(1).max(100),
            correct: z.number().int().min(0),
            total: z.number().int().min(1).max(500),
          }),
        )
        .max(500),
    }),
    z.null(),
  ),
  'trainer.exportReport': channel('trainer', sessionRef.extend({ format: z.enum(['csv', 'xlsx', 'pdf']) }), fileSchema),
  'trainer.issueCertificates': channel(
    'trainer',
    sessionRef.extend({ kind: z.enum(['participation', 'completion']) }),
    z.strictObject({
      issued: z.array(z.strictObject({ profileId: z.string(), id: z.string() })),
      skipped: z.array(z.strictObject({ profileId: z.string(), reason: z.literal('notEligible') })),
    }),
  ),

  /** Presenting to a room: slides and facilitator notes, and quizzes with their answers (so never learner channels). */
  'present.outline': channel('trainer', courseRef, presentOutlineSchema),
  'present.lesson': channel('trainer', lessonRef, presentLessonSchema),
  'present.quiz': channel('trainer', quizRef, presentQuizSchema),

  /** Progress bundles: a learner's own for their trainer; a trainer (or admin) uploads, previews and merges them. */
  'bundles.exportMine': channel('learner', none, fileSchema),
  'bundles.exportSession': channel('trainer', sessionRef, fileSchema),
  'bundles.upload': channel('trainer', bundleUploadSchema, bundleUploadResultSchema),
  'bundles.preview': channel(
    'trainer',
    bundleSelectionSchema,
    z.strictObject({ bundles: z.array(bundleReportSchema) }),
  ),
  'bundles.merge': channel('trainer', bundleSelectionSchema, z.strictObject({ bundles: z.array(bundleReportSchema) })),
  'bundles.lastMerged': channel('trainer', sessionRef, z.array(lastMergedSchema)),

  /** The live classroom, on the trainer's laptop: the door on the room's network, the dashboard and the live quiz. */
  'classroom.open': channel('trainer', sessionRef, classroomDoorSchema),
  'classroom.close': channel('trainer', sessionRef, z.null()),
  'classroom.rotateCode': channel('trainer', sessionRef, classroomDoorSchema),
  'classroom.live': channel('trainer', sessionRef, liveClassroomSchema),
  'classroom.admit': channel(
    'trainer',
    sessionRef.extend({ memberId: z.string().min(1).max(100), admit: z.boolean() }),
    liveClassroomSchema,
  ),
  'classroom.ask': channel('trainer', askSchema, liveClassroomSchema),
  'classroom.reveal': channel('trainer', sessionRef, liveClassroomSchema),
  'classroom.endQuestion': channel('trainer', sessionRef, liveClassroomSchema),
  'classroom.saveQuizResults': channel(
    'trainer',
    sessionRef.extend({ quizId: z.string().min(1).max(100) }),
    liveClassroomSchema,
  ),
  /** The live classroom, on a trainee's laptop: joining a hub, and the sync state and live question shown to them. */
  'classroom.join': channel('learner', joinRequestSchema, membershipSchema),
  'classroom.membership': channel('learner', none, membershipSchema.nullable()),
  'classroom.answer': channel('learner', hubAnswerSchema, memberQuestionSchema),
  'classroom.leave': channel('learner', none, z.null()),

  /** Served only by the classroom door, to holders of the join code (`hub.join`) and to joined trainees. */
  'hub.join': channel('classroom', hubJoinSchema, hubJoinedSchema),
  'hub.state': channel('member', none, hubStateSchema),
  'hub.push': channel('member', hubPushSchema, hubPushedSchema),
  'hub.answer': channel('member', hubAnswerSchema, memberQuestionSchema),
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];

/** The zod-free list of names (for the preload) must be exactly the contract's channels. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const channelNamesMatchContract: Same<Channel, ChannelName> = true;

/**
 * Everything the classroom door lets through: its own channels, and the learner channels a trainee without Rian
 * needs to take the session's course in a browser (each limited to that course by dispatch). Nothing else.
 */
export const CLASSROOM_DOOR_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'hub.join',
  'hub.state',
  'hub.push',
  'hub.answer',
  'courses.outline',
  'courses.lesson',
  'progress.openLesson',
  'progress.completeLesson',
  'progress.saveScroll',
  'progress.resumePoint',
  'quizzes.overview',
  'quizzes.start',
  'quizzes.attempt',
  'quizzes.answer',
  'quizzes.submit',
]);

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/**
 * The API the renderer sees: `lms.profiles.create(input)`. Derived from the contract, so the preload, the HTTP
 * client and the renderer cannot drift from it.
 */
type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;
type VerbOf<C extends string, A extends string> = C extends `${A}.${infer V}` ? V : never;
export type LmsApi = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A>]: `${A}.${V}` extends infer C extends Channel
      ? (input: ChannelInput<C>) => Promise<ChannelOutput<C>>
      : never;
  };
};
/** What a door exposes (the preload's `window.lms`, the HTTP client): the same shape, returning Result envelopes. */
export type LmsWire = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A>]: `${A}.${V}` extends infer C extends Channel
      ? (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
      : never;
  };
};
