import { v4 as uuidv4 } from 'uuid';
import { certificateSeries } from '../certificates/certificate-series.ts';
import { createMetaRepository } from '../repositories/meta-repository.ts';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { createCertificateRepository } from '../certificates/certificate-repository.ts';
import { createCertificateService } from '../certificates/certificate-service.ts';
import { createIssuerSettings } from '../certificates/issuer-settings.ts';
import { createFileKeyVault } from '../certificates/key-vault.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import { createAttemptRepository } from '../repositories/attempt-repository.ts';
import { createEventRepository } from '../repositories/event-repository.ts';
import { createProfileRepository } from '../repositories/profile-repository.ts';
import type { SeededLearner } from './seed-learners.ts';

/**
 * Events per write transaction. Event and attempt ids are UUIDv7, so each batch inserts all over the time-ordered
 * indexes; a large batch writes each index page it touches once for many inserts, not once per few.
 */
const EVENTS_PER_TRANSACTION = 100_000;
const CERTIFICATES_PER_TRANSACTION = 5_000;

export type Completion = { profileId: string; pkg: CoursePackage; completedAt: string };

/**
 * Writes learners (profile first, then their events through the event repository, so every rollup is the real one)
 * in large transactions. Returns how many events were stored and the completions still to certify.
 */
export function writeLearners(
  db: Database.Database,
  learners: Iterable<SeededLearner>,
  onBatch: (learnersDone: number, eventsDone: number) => void,
): { events: number; completions: Completion[] } {
  const profiles = createProfileRepository(db);
  const eventLog = createEventRepository(db);
  const write = db.transaction((batch: SeededLearner[]) => {
    for (const l of batch) profiles.insert(l.profile);
    return eventLog.appendMany(batch.flatMap((l) => l.events));
  });
  const completions: Completion[] = [];
  let events = 0;
  let learnersDone = 0;
  let batch: SeededLearner[] = [];
  let batchEvents = 0;
  const flush = () => {
    events += write(batch);
    learnersDone += batch.length;
    batch = [];
    batchEvents = 0;
    onBatch(learnersDone, events);
  };
  for (const l of learners) {
    batch.push(l);
    batchEvents += l.events.length;
    for (const c of l.completions) completions.push({ profileId: l.profile.id, ...c });
    if (batchEvents >= EVENTS_PER_TRANSACTION) flush();
  }
  if (batch.length > 0) flush();
  return { events, completions };
}

/**
 * Issues each completion's certificate through the real certificate service (signed with the data folder's issuer
 * key), in completion order so the numbers run with time, each dated when its course was completed.
 */
export function issueCertificates(db: Database.Database, dataDir: string, completions: readonly Completion[]): void {
  let clock = new Date();
  const certificates = createCertificateService({
    db,
    certificates: createCertificateRepository(db),
    profiles: createProfileRepository(db),
    attempts: createAttemptRepository(db),
    vault: createFileKeyVault(join(dataDir, 'keys', 'issuer-key.pem')),
    issuerSettings: createIssuerSettings(db),
    pdf: null,
    series: certificateSeries(createMetaRepository(db).getOrCreate('device_id', uuidv4)),
    now: () => clock,
  });
  const inOrder = [...completions].sort((a, b) =>
    a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0,
  );
  const issue = db.transaction((from: number) => {
    for (const c of inOrder.slice(from, from + CERTIFICATES_PER_TRANSACTION)) {
      clock = new Date(c.completedAt);
      certificates.issueCompletion(c.profileId, c.pkg, c.completedAt);
    }
  });
  for (let from = 0; from < inOrder.length; from += CERTIFICATES_PER_TRANSACTION) issue(from);
}
