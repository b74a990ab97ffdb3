import type Database from 'better-sqlite3';
import type { Bilingual } from '../../shared/bilingual.ts';
import type { Bundle, BundleCertificate } from '../../shared/bundles/bundle-format.ts';
import type { BundleLearnerReport } from '../../shared/bundles/bundle-report.ts';
import type { ProgressEvent } from '../../shared/progress.ts';
import type { CertificateRepository } from '../certificates/certificate-repository.ts';
import type { EventRepository } from '../repositories/event-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import { createCertificateMerge } from './certificate-merge.ts';
import { createLearnerMatcher, type MatchedLearner } from './learner-match.ts';
import { createMergeLog } from './merge-log.ts';
import { createSessionRows } from './session-rows.ts';

export type MergeDeps = {
  db: Database.Database;
  events: EventRepository;
  profiles: ProfileRepository;
  certificates: CertificateRepository;
  now: () => Date;
};

/** What a bundle does to this laptop's records: counted without writing (preview), or done (merge). */
export type MergeOutcome = {
  learners: BundleLearnerReport[];
  eventsNew: number;
  certificatesNew: number;
  notes: Bilingual[];
};

type LearnerShare = { matched: MatchedLearner; events: ProgressEvent[]; certificates: BundleCertificate[] };

/**
 * Merging is a union: events by id (the log's INSERT OR IGNORE, with rollups that do not depend on order),
 * certificates by number, session rows by rules that pick the same winner in any order. So importing a bundle twice
 * changes nothing, and bundles merged in any order leave the same records. One transaction per bundle.
 */
export function createBundleMerger(deps: MergeDeps) {
  const { db } = deps;
  const matchLearner = createLearnerMatcher(db);
  const rememberAlias = db.prepare<[string, string, string]>(
    "INSERT OR IGNORE INTO profile_aliases (old_id, profile_id, action, at) VALUES (?, ?, 'matched', ?)",
  );
  const sessions = createSessionRows(db);
  const mergeLog = createMergeLog(db);
  const certificateMerge = createCertificateMerge(db, deps.certificates);
  const eventKnown = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE id = ?');

  function shares(bundle: Bundle): LearnerShare[] {
    const byProfile = new Map(
      bundle.payload.profiles.map((p) => [
        p.id,
        { matched: matchLearner(p), events: [] as ProgressEvent[], certificates: [] as BundleCertificate[] },
      ]),
    );
    for (const e of bundle.payload.events) byProfile.get(e.profileId)!.events.push(e);
    for (const c of bundle.payload.certificates) byProfile.get(c.profileId)!.certificates.push(c);
    return [...byProfile.values()];
  }

  /** The session a merge is recorded against: the bundle's own, else the one the trainer is importing into. */
  const sessionOf = (bundle: Bundle, sessionId: string | null) =>
    bundle.kind === 'session' ? bundle.payload.session.id : sessionId;
  /** Whose roster a learner bundle's learner is checked against; a session bundle brings its own roster. */
  const rosterOf = (bundle: Bundle, sessionId: string | null) => (bundle.kind === 'learner' ? sessionId : null);

  function report(
    share: LearnerShare,
    counts: { eventsNew: number; certificatesNew: number },
    rosterSessionId: string | null,
  ) {
    const { profile, match, localId } = share.matched;
    return {
      profileId: profile.id,
      localId,
      nameTh: profile.nameTh,
      nameEn: profile.nameEn,
      agency: profile.agency,
      match,
      eventsTotal: share.events.length,
      certificatesTotal: share.certificates.length,
      isOnRoster: rosterSessionId === null || localId === null ? null : sessions.isRostered(rosterSessionId, localId),
      ...counts,
    } satisfies BundleLearnerReport;
  }

  function outcome(learners: BundleLearnerReport[], notes: Bilingual[]): MergeOutcome {
    return {
      learners,
      eventsNew: learners.reduce((n, l) => n + l.eventsNew, 0),
      certificatesNew: learners.reduce((n, l) => n + l.certificatesNew, 0),
      notes,
    };
  }

  /** Adds a learner this laptop has never seen, under the same id, so their later bundles match. */
  function createProfile(share: LearnerShare, notes: Bilingual[]): void {
    const p = share.matched.profile;
    const holder = p.employeeId ? deps.profiles.findByEmployeeId(p.employeeId) : null;
    if (holder) {
      notes.push({
        en: `${p.nameEn} was added without employee id ${p.employeeId}, which belongs to ${holder.nameEn} here. If they are the same person, merge them under Learners.`,
        th: `เพิ่ม ${p.nameTh} โดยไม่มีรหัสพนักงาน ${p.employeeId} เพราะเป็นของ ${holder.nameTh} ในเครื่องนี้ หากเป็นคนเดียวกัน กรุณารวมโปรไฟล์ในหน้าผู้เรียน`,
      });
    }
    deps.profiles.insert({
      ...p,
      employeeId: holder ? null : p.employeeId,
      hasPin: false,
      pinHash: null,
      lastUsedAt: null,
    });
  }

  return {
    /** Whether the bundle has anything for this laptop at all (a learner bundle of a deleted learner does not). */
    isAllDeleted: (bundle: Bundle) =>
      bundle.kind === 'learner' && shares(bundle).every((s) => s.matched.match === 'deleted'),

    preview(bundle: Bundle, sessionId: string | null): MergeOutcome {
      const roster = rosterOf(bundle, sessionId);
      const learners = shares(bundle).map((share) => {
        if (share.matched.match === 'deleted') return report(share, { eventsNew: 0, certificatesNew: 0 }, roster);
        const eventsNew = new Set(share.events.filter((e) => !eventKnown.get(e.id)).map((e) => e.id)).size;
        const certificatesNew = share.certificates.filter((c) => !certificateMerge.isKnown(c.id)).length;
        return report(share, { eventsNew, certificatesNew }, roster);
      });
      return outcome(learners, []);
    },

    merge(bundle: Bundle, sessionId: string | null): MergeOutcome {
      const target = sessionOf(bundle, sessionId);
      const roster = rosterOf(bundle, sessionId);
      const mergedAt = deps.now().toISOString();
      return db
        .transaction(() => {
          const notes: Bilingual[] = [];
          const all = shares(bundle);
          if (bundle.kind === 'session') sessions.mergeSession(bundle.payload.session);
          const learners = all.map((share) => {
            const { match, localId } = share.matched;
            if (localId === null) return report(share, { eventsNew: 0, certificatesNew: 0 }, roster);
            if (match === 'new') createProfile(share, notes);
            // Remembered as an alias, so the next bundle finds them even if a name is corrected meanwhile.
            if (match === 'samePerson') rememberAlias.run(share.matched.profile.id, localId, deps.now().toISOString());
            const eventsNew = deps.events.appendMany(share.events.map((e) => ({ ...e, profileId: localId })));
            let certificatesNew = 0;
            for (const c of share.certificates) {
              const result = certificateMerge.merge(c, localId);
              if (result.isNew) certificatesNew += 1;
              if (result.note) notes.push(result.note);
            }
            mergeLog.record({
              profileId: localId,
              sessionId: target,
              sourceDevice: bundle.device.id,
              kind: bundle.kind,
              eventsNew,
              mergedAt,
            });
            return report(share, { eventsNew, certificatesNew }, roster);
          });
          if (bundle.kind === 'session') mergeSessionRows(bundle, all);
          return outcome(learners, notes);
        })
        .immediate();
    },
    lastMerged: (sessionId: string) => mergeLog.lastMerged(sessionId),
  };

  function mergeSessionRows(bundle: Extract<Bundle, { kind: 'session' }>, all: LearnerShare[]): void {
    const localIds = new Map(all.map((s) => [s.matched.profile.id, s.matched.localId]));
    const sessionId = bundle.payload.session.id;
    for (const r of bundle.payload.roster) {
      const localId = localIds.get(r.profileId);
      if (localId) sessions.addToRoster(sessionId, localId, r.addedAt);
    }
    for (const a of bundle.payload.attendance) {
      const localId = localIds.get(a.profileId);
      if (localId) sessions.mark(sessionId, { ...a, profileId: localId });
    }
  }
}
