import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.ts';
import { startOfBangkokDay } from '../core/seed/calendar.ts';
import { seedDatabase, SeedRefusedError, type SeedOptions, type SeedSummary } from '../core/seed/seed-database.ts';
import { BUNDLED_COURSES_DIR } from '../paths.ts';
import { UserFacingError } from './serve.ts';

function integerOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d[\d_,]*$/.test(value) ? Number(value.replace(/[_,]/g, '')) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UserFacingError(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  }
  return n;
}

const count = (n: number) => n.toLocaleString('en');

function seedOrExplain(options: SeedOptions): SeedSummary {
  try {
    return seedDatabase(options);
  } catch (error) {
    if (error instanceof SeedRefusedError) throw new UserFacingError(error.message);
    throw error;
  }
}

/** `rian seed --learners N [--data DIR] [--seed N]`: a synthetic data set for demos and benchmarks. */
export function seedCommand(args: string[], print: (line: string) => void): number {
  const { values } = parseArgs({
    args,
    options: { learners: { type: 'string' }, data: { type: 'string' }, seed: { type: 'string' } },
  });
  const learners = integerOption('learners', values.learners, 1);
  if (learners === undefined) throw new UserFacingError('Say how many learners to make with --learners N.');
  const seed = integerOption('seed', values.seed, 0) ?? 1;
  const dataDir = values.data ? resolve(values.data) : defaultDataDir();
  const summary = seedOrExplain({
    dataDir,
    coursesDir: process.env.RIAN_COURSES_DIR ?? BUNDLED_COURSES_DIR,
    learners,
    seed,
    // Up to the start of today in Thailand, so the same seed on the same day gives the same learners and events.
    untilMs: startOfBangkokDay(Date.now()),
    onProgress: print,
  });
  const s = summary.seconds;
  print(
    `Seeded ${count(summary.learners)} learners in ${summary.courses} courses: ${count(summary.events)} events, ` +
      `${count(summary.enrolments)} enrolments, ${count(summary.quizAttempts)} quiz attempts, ` +
      `${count(summary.certificates)} signed certificates, ${count(summary.records)} records rows.`,
  );
  print(
    `Database ${(summary.databaseBytes / 2 ** 20).toFixed(0)} MiB. Took ${s.total} s ` +
      `(learners and events ${s.learnersAndEvents} s, certificates ${s.certificates} s, records ${s.records} s).`,
  );
  return 0;
}
