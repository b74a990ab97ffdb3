import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { databaseSize } from '../admin/backup.ts';
import { loadCourseLibrary } from '../courses/course-library.ts';
import { DATABASE_FILE } from '../data-dir.ts';
import { openDatabase } from '../db/open-database.ts';
import { createRecordProjection } from '../records/record-projection.ts';
import { createLearnerGenerator } from './seed-learners.ts';
import { issueCertificates, writeLearners } from './seed-writes.ts';

export type SeedOptions = {
  dataDir: string;
  coursesDir: string;
  learners: number;
  seed: number;
  /** The end of the seeded period: activity spreads over the 18 months before it. */
  untilMs: number;
  onProgress?: (line: string) => void;
};

export type SeedSummary = {
  learners: number;
  courses: number;
  events: number;
  enrolments: number;
  quizAttempts: number;
  certificates: number;
  records: number;
  databaseBytes: number;
  seconds: { learnersAndEvents: number; certificates: number; records: number; total: number };
};

/** The data folder already holds learners (or there is nothing to learn): seeding would mix in synthetic people. */
export class SeedRefusedError extends Error {}

/** A bulk load: a page cache large enough to keep each transaction's dirty index pages in memory until it commits. */
const SEED_CACHE_KIB = 1_048_576;

const secondsSince = (from: number) => Math.round((performance.now() - from) / 100) / 10;
const count = (n: number) => n.toLocaleString('en');

/**
 * Fills an empty data folder with synthetic learners through the real repositories and services: profiles, the
 * event log with its rollups, signed completion certificates, and an up-to-date records projection.
 */
export function seedDatabase(options: SeedOptions): SeedSummary {
  const started = performance.now();
  const log = options.onProgress ?? (() => {});
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath);
  try {
    const rows = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const existing = rows('profiles');
    if (existing > 0) {
      throw new SeedRefusedError(`${options.dataDir} already holds ${existing} profile(s); seed an empty data folder.`);
    }
    const library = loadCourseLibrary(options.coursesDir);
    if (library.courses.length === 0) {
      throw new SeedRefusedError(`There are no valid course packages in ${options.coursesDir}.`);
    }
    db.pragma(`cache_size = -${SEED_CACHE_KIB}`);
    log(`Seeding ${count(options.learners)} synthetic learners into ${options.dataDir} (seed ${options.seed})…`);

    const generator = createLearnerGenerator({ ...options, courses: library.courses });
    let reportedAt = started;
    const written = writeLearners(db, generator.inJoinOrder(options.learners), (learners, events) => {
      if (learners < options.learners && performance.now() - reportedAt < 5_000) return;
      reportedAt = performance.now();
      log(`  ${count(learners)} learners, ${count(events)} events (${secondsSince(started)} s)`);
    });
    const learnersAndEvents = secondsSince(started);

    const certificatesStarted = performance.now();
    issueCertificates(db, options.dataDir, written.completions);
    const certificates = secondsSince(certificatesStarted);
    log(`  ${count(written.completions.length)} certificates signed (${certificates} s)`);

    const recordsStarted = performance.now();
    const projection = createRecordProjection(db, library);
    projection.syncCatalog();
    projection.refresh();
    const records = secondsSince(recordsStarted);
    log(`  records projection refreshed (${records} s)`);

    // Statistics for the query planner, as a long-used database would have them.
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      learners: options.learners,
      courses: library.courses.length,
      events: written.events,
      enrolments: rows('enrolments'),
      quizAttempts: rows('quiz_attempts'),
      certificates: rows('certificates'),
      records: rows('course_records'),
      databaseBytes: databaseSize(databasePath),
      seconds: { learnersAndEvents, certificates, records, total: secondsSince(started) },
    };
  } finally {
    db.close();
  }
}
