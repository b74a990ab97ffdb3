import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { v4 as uuidv4 } from 'uuid';
import type { AppStatus, StartupProblem } from '../shared/app-status.ts';
import type { z } from 'zod';
import type { healthSchema } from '../shared/admin.ts';
import type { ExportFormat, RecordFilter, RecordSort } from '../shared/records.ts';
import { AppError } from '../shared/errors.ts';
import { auditCsv } from './admin/audit-csv.ts';
import { createLearnerAdmin, type LearnerAdmin } from './admin/learner-admin.ts';
import { runSheetHtml, reportHtml } from './classroom/classroom-html.ts';
import { reportCsv, reportXlsx } from './classroom/report-export.ts';
import { createSessionRepository } from './classroom/session-repository.ts';
import { createSessionService, type SessionService } from './classroom/session-service.ts';
import { createRecordProjection } from './records/record-projection.ts';
import { createRecordQueries, type RecordQueries } from './records/record-queries.ts';
import { EXPORT_FILES, ExportCancelled, exportRecords } from './records/record-export.ts';
import { readExportChunk } from './records/export-chunks.ts';
import { createRoleAccess } from './admin/admin-access.ts';
import { backupDatabase, backupFileName, databaseSize } from './admin/backup.ts';
import { createJobs, type Jobs } from './admin/jobs.ts';
import { writeCertificateZip } from './certificates/certificate-zip.ts';
import { createAuditLog, createRoleSecretRepository, type AuditLog } from './admin/role-secrets.ts';
import { createCertificateAdmin, type CertificateAdmin } from './certificates/certificate-admin.ts';
import { createCertificateRepository } from './certificates/certificate-repository.ts';
import { certificateSeries } from './certificates/certificate-series.ts';
import { createCertificateService, type CertificateService } from './certificates/certificate-service.ts';
import { createIssuerSettings } from './certificates/issuer-settings.ts';
import { createFileKeyVault, type KeyVault } from './certificates/key-vault.ts';
import type { PdfRenderer } from './certificates/pdf-renderer.ts';
import { loadCourseLibrary, type CourseLibrary } from './courses/course-library.ts';
import { createPackageCache } from './courses/package-cache.ts';
import { DATABASE_FILE } from './data-dir.ts';
import { DatabaseFromFutureError } from './db/migrate.ts';
import { DatabaseCorruptError, openDatabase } from './db/open-database.ts';
import { createAttemptRepository } from './repositories/attempt-repository.ts';
import { createEventRepository } from './repositories/event-repository.ts';
import { createMetaRepository } from './repositories/meta-repository.ts';
import { createProfileRepository, type ProfileRepository } from './repositories/profile-repository.ts';
import { createResumeRepository } from './repositories/resume-repository.ts';
import { openSearchIndex, type SearchIndex } from './search/search-index.ts';
import { createProfileService } from './services/profile-service.ts';
import { createProgressService } from './services/progress-service.ts';
import { createQuizService } from './services/quiz-service.ts';
import type { SettingsStore } from './settings/settings-store.ts';
import { createPresentService, type PresentService } from './present/present-service.ts';
import { createBundleService, type BundleService } from './bundles/bundle-service.ts';
import { createDeviceKeySource } from './bundles/device-key.ts';
import { createHub, type Hub } from './live-classroom/hub-service.ts';
import { createMembershipService, type MembershipService } from './live-classroom/membership-service.ts';

export type BackendOptions = {
  dataDir: string;
  coursesDir: string;
  settings: SettingsStore;
  appVersion: string;
  now?: () => Date;
  /** Where the issuer's private key lives; a 0600 file in the data folder unless the app supplies safeStorage. */
  keyVault?: KeyVault;
  /** Makes certificate PDFs: printToPDF in the app, Chromium elsewhere; without one, PDFs are refused. */
  pdfRenderer?: PdfRenderer;
  /** The port a live classroom tries first (0: any free port). */
  classroomPort?: number;
};

/** A live classroom's door on the room's network tries this port first, so links and QR codes stay the same. */
export const DEFAULT_CLASSROOM_PORT = 47470;

export type Services = {
  db: Database.Database;
  search: SearchIndex;
  library: CourseLibrary;
  settings: SettingsStore;
  profiles: ReturnType<typeof createProfileService>;
  progress: ReturnType<typeof createProgressService>;
  quizzes: ReturnType<typeof createQuizService>;
  certificates: CertificateService;
  certificateAdmin: CertificateAdmin;
  profileRepository: ProfileRepository;
  jobs: Jobs;
  records: {
    page: RecordQueries['page'];
    dashboard(filter: RecordFilter): ReturnType<RecordQueries['dashboard']>;
  };
  learnerAdmin: LearnerAdmin;
  sessions: SessionService;
  /** A session's documents: the run-sheet (PDF) and the report (CSV, XLSX or PDF). */
  sessionFile(
    sessionId: string,
    what: 'runSheet' | 'csv' | 'xlsx' | 'pdf',
  ): Promise<{ fileName: string; mimeType: string; base64: string }>;
  /** Starts a background export of the filtered records (or their events); returns the job id. */
  exportRecords(input: { filter: RecordFilter; sort: RecordSort; format: ExportFormat }, file?: string): string;
  /** A piece of a finished export, for the screen to save. */
  exportChunk(jobId: string, offset: number): ReturnType<typeof readExportChunk>;
  exportAuditLog(): { fileName: string; mimeType: string; base64: string };
  /** Starts a background ZIP export of the certificates (all, or one course's); returns the job id. */
  exportCertificates(courseId: string | null): string;
  /** Database size, integrity and the last backup, for the admin's health panel. */
  health(): z.infer<typeof healthSchema>;
  /** An online backup into <data>/backups, recorded in the audit log. */
  backup(): Promise<string>;
  adminAccess: ReturnType<typeof createRoleAccess>;
  audit: AuditLog;
  status(): AppStatus;
  close(): void;
  /** Lessons as slides and quizzes with answers, for trainers presenting to a room. */
  present: PresentService;
  /** Progress bundles: exported by learners and trainers, previewed and merged by trainers and admins. */
  bundles: BundleService;
  /** The live classroom on the trainer's laptop: door, members, their events and the live quiz. */
  hub: Hub;
  /** The live classroom on a trainee's laptop: the classroom joined and what has reached it. */
  membership: MembershipService;
};

export type ServicesOrProblem =
  { ok: true; services: Services } | { ok: false; problem: StartupProblem; status: () => AppStatus };

/** Opens the database and wires every service. A database that cannot be used becomes a problem, not a crash. */
export function createServices(options: BackendOptions): ServicesOrProblem {
  const now = options.now ?? (() => new Date());
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const status = (problem: StartupProblem | null): AppStatus => ({
    appVersion: options.appVersion,
    dataDir: options.dataDir,
    problem,
    settingsResetBackup: options.settings.resetBackup,
  });
  let db: Database.Database;
  try {
    db = openDatabase(databasePath);
  } catch (error) {
    let problem: StartupProblem;
    if (error instanceof DatabaseFromFutureError) {
      problem = {
        kind: 'dbFromFuture',
        databasePath,
        databaseVersion: error.databaseVersion,
        supportedVersion: error.supportedVersion,
      };
    } else if (error instanceof DatabaseCorruptError) {
      problem = { kind: 'dbCorrupt', databasePath, detail: error.message };
    } else throw error;
    return { ok: false, problem, status: () => status(problem) };
  }
  const library = loadCourseLibrary(
    options.coursesDir,
    createPackageCache(join(options.dataDir, 'cache', 'course-packages.json')),
  );
  const deviceId = createMetaRepository(db).getOrCreate('device_id', uuidv4);
  const events = createEventRepository(db);
  const attempts = createAttemptRepository(db);
  const profileRepository = createProfileRepository(db);
  const certificateRepository = createCertificateRepository(db);
  const issuerSettings = createIssuerSettings(db);
  const keyVault = options.keyVault ?? createFileKeyVault(join(options.dataDir, 'keys', 'issuer-key.pem'));
  const audit = createAuditLog(db);
  const jobs = createJobs((message, error) => console.error(message, error));
  const certificates = createCertificateService({
    db,
    certificates: certificateRepository,
    profiles: profileRepository,
    attempts,
    vault: keyVault,
    issuerSettings,
    pdf: options.pdfRenderer ?? null,
    series: certificateSeries(deviceId),
    now,
  });
  const progress = createProgressService({
    db,
    events,
    attempts,
    resume: createResumeRepository(db),
    library,
    deviceId,
    now,
    onCourseCompleted: (profileId, pkg, completedAt) => void certificates.issueCompletion(profileId, pkg, completedAt),
  });
  const projection = createRecordProjection(db, library);
  projection.syncCatalog();
  const recordQueries = createRecordQueries(db, () => void projection.refresh());
  const learnerAdmin = createLearnerAdmin({
    db,
    profiles: profileRepository,
    events,
    records: recordQueries,
    library,
    audit,
    now,
  });
  const profileService = createProfileService(profileRepository, now);
  const sessionRepository = createSessionRepository(db);
  const sessions = createSessionService({
    db,
    sessions: sessionRepository,
    profiles: profileRepository,
    profileService,
    records: recordQueries,
    certificates,
    library,
    audit,
    now,
  });
  const hub = createHub({
    db,
    events,
    profiles: profileRepository,
    library,
    sessionInfo(sessionId) {
      const row = sessionRepository.find(sessionId);
      if (!row) throw new AppError('NOT_FOUND', 'That session no longer exists.', 'ไม่พบรุ่นการอบรมนี้');
      return { courseId: row.courseId, title: row.title };
    },
    addToRoster: (sessionId, profileId, source) =>
      sessionRepository.addToRoster(sessionId, profileId, source, now().toISOString()),
    saveRoomResults: (sessionId, quizId, results) => sessions.saveRoomResults(sessionId, quizId, results),
    preferredPort: options.classroomPort ?? DEFAULT_CLASSROOM_PORT,
    now,
  });
  const membership = createMembershipService({ db, profiles: profileRepository, now });
  // A trainee's progress keeps flowing to their classroom whether or not the classroom banner is on screen.
  const syncTimer = setInterval(
    () => void membership.syncAll().catch((error: unknown) => console.error('Classroom sync failed', error)),
    2_000,
  );
  syncTimer.unref();
  const exportFormats = new Map<string, ExportFormat>();
  const stamp = () => now().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const search = openSearchIndex(join(options.dataDir, 'cache', 'search.sqlite'), library);
  const services: Services = {
    db,
    search,
    library,
    settings: options.settings,
    profiles: profileService,
    profileRepository,
    certificates,
    certificateAdmin: createCertificateAdmin({
      service: certificates,
      certificates: certificateRepository,
      issuerSettings,
      vault: keyVault,
      audit,
      pdf: options.pdfRenderer ?? null,
      now,
    }),
    adminAccess: createRoleAccess(createRoleSecretRepository(db), audit, now),
    jobs,
    health: () => {
      const last = audit.latest('database.backup');
      return {
        databasePath,
        sizeBytes: databaseSize(databasePath),
        integrity: String(db.pragma('quick_check', { simple: true })),
        lastBackupAt: last?.at ?? null,
        lastBackupPath: typeof last?.detail.file === 'string' ? last.detail.file : null,
      };
    },
    async backup() {
      const file = join(options.dataDir, 'backups', backupFileName(now()));
      await backupDatabase(db, file);
      audit.record(now().toISOString(), 'admin', 'database.backup', { file });
      return file;
    },
    exportCertificates(courseId) {
      const file = join(options.dataDir, 'exports', `certificates-${courseId ?? 'all'}-${stamp()}.zip`);
      mkdirSync(dirname(file), { recursive: true });
      audit.record(now().toISOString(), 'admin', 'certificates.export', { courseId, file });
      return jobs.start((ctx) => writeCertificateZip(certificates, { courseId, since: null }, file, ctx));
    },
    records: {
      page: (input) => recordQueries.page(input),
      dashboard: (filter) => recordQueries.dashboard(filter, now()),
    },
    learnerAdmin,
    sessions,
    async sessionFile(sessionId, what) {
      const pdf = async (html: string) => {
        if (!options.pdfRenderer) {
          throw new AppError('INTERNAL', 'PDFs cannot be made here.', 'สร้างไฟล์ PDF ในโหมดนี้ไม่ได้');
        }
        return options.pdfRenderer.render(html);
      };
      const detail = sessions.detail(sessionId);
      const base = `session-${detail.session.days[0]!.date}-${detail.session.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`;
      if (what === 'runSheet') {
        const bytes = await pdf(runSheetHtml(detail.session, sessions.plan(sessionId)));
        return { fileName: `${base}-run-sheet.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
      }
      const report = sessions.report(sessionId);
      const bytes =
        what === 'csv'
          ? Buffer.from(reportCsv(report))
          : what === 'xlsx'
            ? await reportXlsx(report)
            : await pdf(reportHtml(report));
      const mimeType = { csv: 'text/csv', xlsx: EXPORT_FILES.xlsx.mimeType, pdf: 'application/pdf' }[what];
      return { fileName: `${base}-report.${what}`, mimeType, base64: bytes.toString('base64') };
    },
    exportRecords(input, chosenFile) {
      // Bring the table up to date here, so the export's own read-only connection sees current rows.
      projection.refresh();
      const file =
        chosenFile ?? join(options.dataDir, 'exports', `records-${stamp()}.${EXPORT_FILES[input.format].extension}`);
      mkdirSync(dirname(file), { recursive: true });
      audit.record(now().toISOString(), 'admin', 'records.export', {
        format: input.format,
        filter: input.filter,
        file,
      });
      const jobId = jobs.start(async (ctx) => {
        const readDb = new Database(databasePath, { readonly: true });
        try {
          await exportRecords(readDb, library, input, file, ctx);
          return file;
        } catch (error) {
          if (error instanceof ExportCancelled) return null;
          throw error;
        } finally {
          readDb.close();
        }
      });
      exportFormats.set(jobId, input.format);
      return jobId;
    },
    exportChunk(jobId, offset) {
      const job = jobs.get(jobId);
      const format = exportFormats.get(jobId);
      if (job.state !== 'done' || !job.path || !format) {
        throw new AppError('CONFLICT', 'That export has not finished.', 'การส่งออกยังไม่เสร็จ');
      }
      return readExportChunk(job.path, EXPORT_FILES[format].mimeType, offset);
    },
    exportAuditLog() {
      audit.record(now().toISOString(), 'admin', 'audit.export', {});
      return {
        fileName: `rian-audit-${stamp()}.csv`,
        mimeType: 'text/csv',
        base64: Buffer.from(auditCsv(audit.all())).toString('base64'),
      };
    },
    audit,
    progress,
    quizzes: createQuizService({ db, attempts, library, progress, now }),
    present: createPresentService(library),
    bundles: createBundleService({
      db,
      events,
      profiles: profileRepository,
      certificates: certificateRepository,
      audit,
      device: {
        id: deviceId,
        name: hostname(),
        key: createDeviceKeySource(createFileKeyVault(join(options.dataDir, 'keys', 'device-key.pem'))),
      },
      appVersion: options.appVersion,
      now,
    }),
    hub,
    membership,
    status: () => status(null),
    close: () => {
      clearInterval(syncTimer);
      void hub.closeAll();
      search.close();
      // SQLite's advice: gather the statistics the planner needs at close, cheaply and only where they are stale.
      db.pragma('optimize');
      db.close();
      void options.pdfRenderer?.close();
    },
  };
  return { ok: true, services };
}
