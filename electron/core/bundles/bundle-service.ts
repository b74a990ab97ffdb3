import type Database from 'better-sqlite3';
import type { Bundle } from '../../shared/bundles/bundle-format.ts';
import { rejection } from '../../shared/bundles/bundle-rejections.ts';
import { rejectedReport, type BundleReport } from '../../shared/bundles/bundle-report.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditLog } from '../admin/role-secrets.ts';
import { fingerprint } from '../certificates/certificate-admin.ts';
import type { CertificateRepository } from '../certificates/certificate-repository.ts';
import { bangkokDate } from '../certificates/certificate-service.ts';
import type { EventRepository } from '../repositories/event-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import { createBundleMerger, type MergeOutcome } from './bundle-merge.ts';
import { readBundle } from './bundle-reader.ts';
import { createBundleUploads } from './bundle-uploads.ts';
import { learnerFileStem, sessionFileStem, writeBundle, type BundleFile } from './bundle-writer.ts';
import type { DeviceKey } from './device-key.ts';
import { createLearnerRecords } from './learner-records.ts';
import { createSessionRows } from './session-rows.ts';

type Deps = {
  db: Database.Database;
  events: EventRepository;
  profiles: ProfileRepository;
  certificates: CertificateRepository;
  audit: AuditLog;
  device: { id: string; name: string; key: () => DeviceKey };
  appVersion: string;
  now: () => Date;
};

type Selection = { uploadIds: string[]; sessionId: string | null };

/**
 * Progress bundles end to end: a learner exports theirs, a trainer exports a session's, and either bundle is
 * uploaded in pieces, previewed (nothing written) and merged (one transaction per bundle) on another laptop.
 */
export function createBundleService(deps: Deps) {
  const { now } = deps;
  const records = createLearnerRecords(deps.db);
  const sessions = createSessionRows(deps.db);
  const merger = createBundleMerger(deps);
  const uploads = createBundleUploads(now);

  function write(content: Parameters<typeof writeBundle>[0], fileStem: string): BundleFile {
    const device = { id: deps.device.id, name: deps.device.name, key: deps.device.key() };
    return writeBundle(content, device, { createdAt: now().toISOString(), appVersion: deps.appVersion, fileStem });
  }

  function described(uploadId: string, fileName: string, bundle: Bundle, outcome: MergeOutcome) {
    const p = bundle.payload;
    return {
      uploadId,
      fileName,
      kind: bundle.kind,
      createdAt: bundle.createdAt,
      device: { id: bundle.device.id, name: bundle.device.name, fingerprint: fingerprint(bundle.device.publicKey) },
      session:
        bundle.kind === 'session'
          ? {
              id: bundle.payload.session.id,
              title: bundle.payload.session.title,
              courseId: bundle.payload.session.courseId,
              rosterCount: bundle.payload.roster.length,
              attendanceCount: bundle.payload.attendance.length,
            }
          : null,
      eventsTotal: p.events.length,
      ...outcome,
    };
  }

  /** Reads one chosen file and previews it, or merges it when `merge` is given. */
  function handle(uploadId: string, sessionId: string | null, merge: ((bundle: Bundle) => MergeOutcome) | null) {
    const file = uploads.file(uploadId);
    if (!file) return rejectedReport(uploadId, uploads.fileName(uploadId) ?? '', rejection('notReceived'));
    const read = readBundle(file.bytes);
    if (!read.ok) return rejectedReport(uploadId, file.fileName, read.reason);
    const { bundle } = read;
    if (merger.isAllDeleted(bundle)) {
      return {
        ...described(uploadId, file.fileName, bundle, merger.preview(bundle, sessionId)),
        status: 'rejected',
        reason: rejection('learnerDeleted'),
      } satisfies BundleReport;
    }
    if (!merge) {
      return {
        ...described(uploadId, file.fileName, bundle, merger.preview(bundle, sessionId)),
        status: 'ready',
        reason: null,
      } satisfies BundleReport;
    }
    const report = {
      ...described(uploadId, file.fileName, bundle, merge(bundle)),
      status: 'merged',
      reason: null,
    } satisfies BundleReport;
    uploads.forget(uploadId);
    return report;
  }

  return {
    /** The signed-in learner's own bundle, for their trainer. */
    exportLearner(profileId: string): BundleFile {
      const record = records.of([profileId]);
      const profile = record.profiles[0];
      if (!profile) throw new AppError('NOT_FOUND', 'That profile no longer exists.', 'ไม่พบโปรไฟล์นี้');
      return write(
        { kind: 'learner', payload: record },
        learnerFileStem(profile.nameEn, profile.id, bangkokDate(now().toISOString())),
      );
    },

    /** A session's roster, attendance and every rostered learner's record, for the academy's admin laptop. */
    exportSession(sessionId: string, actor: string): BundleFile {
      const session = sessions.session(sessionId);
      if (!session) throw new AppError('NOT_FOUND', 'There is no such session.', 'ไม่พบรอบการอบรมนี้');
      const roster = sessions.roster(sessionId);
      const record = records.of(roster.map((r) => r.profileId));
      const file = write(
        { kind: 'session', payload: { ...record, session, roster, attendance: sessions.attendance(sessionId) } },
        sessionFileStem(session.title, session.id, bangkokDate(now().toISOString())),
      );
      deps.audit.record(now().toISOString(), actor, 'bundles.exportSession', { sessionId, fileName: file.fileName });
      return file;
    },

    upload: (input: Parameters<typeof uploads.receive>[0]) => uploads.receive(input),

    preview({ uploadIds, sessionId }: Selection): { bundles: BundleReport[] } {
      return { bundles: [...new Set(uploadIds)].map((id) => handle(id, sessionId, null)) };
    },

    /** Merges every acceptable file, each in its own transaction; a rejected file changes nothing. */
    merge({ uploadIds, sessionId }: Selection, actor: string): { bundles: BundleReport[] } {
      const bundles = [...new Set(uploadIds)].map((id) =>
        handle(id, sessionId, (bundle) => merger.merge(bundle, sessionId)),
      );
      for (const b of bundles.filter((r) => r.status === 'merged')) {
        deps.audit.record(now().toISOString(), actor, 'bundles.merge', {
          fileName: b.fileName,
          kind: b.kind,
          device: b.device?.id,
          learners: b.learners.length,
          eventsNew: b.eventsNew,
          sessionId: b.session?.id ?? sessionId,
        });
      }
      return { bundles };
    },

    lastMerged: (sessionId: string) => merger.lastMerged(sessionId),
  };
}
export type BundleService = ReturnType<typeof createBundleService>;
