/**
 * Records at scale: seeds 50,000 synthetic learners (RIAN_BENCH_LEARNERS to change) with `rian seed`'s generator, then
 * times the admin's records table, counts and exports on that data set, in the backend (not over HTTP).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JobContext } from '../../electron/core/admin/jobs.ts';
import { databaseSize } from '../../electron/core/admin/backup.ts';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { DATABASE_FILE } from '../../electron/core/data-dir.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { exportRecords } from '../../electron/core/records/record-export.ts';
import { createRecordQueries } from '../../electron/core/records/record-queries.ts';
import { startOfBangkokDay } from '../../electron/core/seed/calendar.ts';
import { seedDatabase } from '../../electron/core/seed/seed-database.ts';
import { BUNDLED_COURSES_DIR } from '../../electron/paths.ts';
import {
  DEFAULT_RECORD_SORT,
  recordFilterSchema,
  type ExportFormat,
  type RecordFilter,
  type RecordSort,
} from '../../electron/shared/records.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';

const CURRICULA = [
  'ai-for-public-sector',
  'big-data-for-government',
  'digital-talent-foundations',
  'ecommerce-online-export-sme',
  'train-the-trainer-ecommerce',
];
import type { Figure } from './run.ts';
import { percentile } from './stats.ts';

const LEARNERS = Number(process.env.RIAN_BENCH_LEARNERS ?? 50_000);
const RUNS = 15;
const PAGE_SIZE = 50;
const ALL = recordFilterSchema.parse({});
const MB = 1024 * 1024;

type ExportResult = { rows: number; seconds: number; peakRssMb: number };

/** The median of repeated calls, after a first one that prepares the statements and warms the page cache. */
function medianMs(run: () => unknown): number {
  run();
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return Math.round(percentile(times, 50) * 10) / 10;
}

/** One export as the admin's job runs it (its own read-only connection); prints its figures as JSON. */
async function exportHere(dataDir: string, format: ExportFormat, file: string): Promise<void> {
  const readDb = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  let rows = 0;
  const ctx: JobContext = { setTotal: () => {}, step: () => void rows++, isCancelled: () => false };
  // Sampled, not getrusage's maxRSS: Linux carries that across exec from the parent that seeded 50,000 learners.
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  await exportRecords(
    readDb,
    loadCourseLibrary(BUNDLED_COURSES_DIR),
    { filter: ALL, sort: DEFAULT_RECORD_SORT, format },
    file,
    ctx,
  );
  const result: ExportResult = {
    rows,
    seconds: Math.round(performance.now() - started) / 1000,
    peakRssMb: Math.max(peak, process.memoryUsage().rss) / MB,
  };
  clearInterval(sampler);
  readDb.close();
  console.log(JSON.stringify(result));
}

/** Runs an export in a fresh Node process, so its peak memory is the export's alone, not the seeding's page cache. */
function exportInChild(dataDir: string, format: ExportFormat): ExportResult {
  const file = join(dataDir, `records.${format}`);
  const child = spawnSync(process.execPath, [import.meta.filename, 'export', dataDir, format, file], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`The ${format} export failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ExportResult;
}

if (import.meta.main && process.argv[2] === 'export') {
  await exportHere(process.argv[3]!, process.argv[4] as ExportFormat, process.argv[5]!);
}

export async function benchRecords(): Promise<Figure[]> {
  const t = tempDir('rian-bench-records-');
  try {
    // The data set: the five curricula (not the short sample course), so exports are 250,000 rows at 50,000.
    const coursesDir = coursesFixture(t.dir, CURRICULA);
    const seeded = seedDatabase({
      dataDir: t.dir,
      coursesDir,
      learners: LEARNERS,
      seed: 1,
      untilMs: startOfBangkokDay(Date.now()),
      onProgress: (line) => console.log(line),
    });
    const db = openDatabase(join(t.dir, DATABASE_FILE));
    const queries = createRecordQueries(db);
    const library = loadCourseLibrary(coursesDir);
    const courseId = library.courses[0]!.manifest.id;
    const agency = (
      db.prepare('SELECT agency FROM profiles GROUP BY agency ORDER BY count(*) DESC').get() as {
        agency: string;
      }
    ).agency;
    const page = (sort: RecordSort, filter: RecordFilter = ALL) =>
      medianMs(() => queries.page({ filter, sort, offset: 0, limit: PAGE_SIZE }));
    const count = (filter: Partial<RecordFilter>) => medianMs(() => queries.count(recordFilterSchema.parse(filter)));
    const figures: Figure[] = [
      {
        name: `records seed, ${LEARNERS.toLocaleString('en')} learners`,
        value: seeded.seconds.total,
        unit: 's',
        budget: 420,
        better: 'lower',
      },
      // About a hundred events and one completion per learner: less would mean the data set lost its realism.
      {
        name: 'records seed, events written',
        value: seeded.events,
        unit: 'events',
        budget: LEARNERS * 90,
        better: 'higher',
      },
      {
        name: 'records seed, certificates signed',
        value: seeded.certificates,
        unit: 'certs',
        budget: LEARNERS * 0.8,
        better: 'higher',
      },
      {
        name: 'records first page, name (default)',
        value: page(DEFAULT_RECORD_SORT),
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        name: 'records first page, completed newest',
        value: page({ column: 'completedAt', direction: 'desc' }),
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        name: 'records first page, best score',
        value: page({ column: 'bestScore', direction: 'desc' }),
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        name: 'records first page, agency',
        value: page({ column: 'agency', direction: 'asc' }),
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        name: 'records count, course + completed',
        value: count({ courseId, status: 'completed' }),
        unit: 'ms',
        budget: 100,
        better: 'lower',
      },
      {
        name: 'records count, agency + name query',
        value: count({ agency, query: 'สม' }),
        unit: 'ms',
        budget: 100,
        better: 'lower',
      },
    ];
    db.close();

    const csv = exportInChild(t.dir, 'csv');
    const xlsx = exportInChild(t.dir, 'xlsx');
    const rows = csv.rows.toLocaleString('en');
    figures.push(
      { name: `records CSV export, ${rows} rows`, value: csv.seconds, unit: 's', budget: 3, better: 'lower' },
      { name: `records XLSX export, ${rows} rows`, value: xlsx.seconds, unit: 's', budget: 20, better: 'lower' },
      {
        name: 'records XLSX export, peak RSS',
        value: Math.round(xlsx.peakRssMb),
        unit: 'MB',
        budget: 600,
        better: 'lower',
      },
      {
        name: `database size, ${seeded.events.toLocaleString('en')} events`,
        value: Math.round(databaseSize(join(t.dir, DATABASE_FILE)) / MB),
        unit: 'MB',
        budget: LEARNERS / 10,
        better: 'lower',
      },
    );
    return figures;
  } finally {
    t.cleanup();
  }
}
