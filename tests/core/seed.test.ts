import type Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourseLibrary } from '../../electron/core/courses/course-library.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { AGENCIES } from '../../electron/core/seed/agencies.ts';
import { seedDatabase, SeedRefusedError, type SeedSummary } from '../../electron/core/seed/seed-database.ts';
import { createLearnerGenerator } from '../../electron/core/seed/seed-learners.ts';
import { BUNDLED_COURSES_DIR, PROJECT_ROOT } from '../../electron/paths.ts';
import { tempDir } from '../support/temp.ts';

const LEARNERS = 200;
const SEED = 7;
const UNTIL = Date.parse('2026-11-20T17:00:00.000Z');
const t = tempDir('rian-seed-');
const library = loadCourseLibrary(BUNDLED_COURSES_DIR);
let summary: SeedSummary;
let db: Database.Database;

const all = <T>(sql: string) => db.prepare(sql).all() as T[];
const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeAll(() => {
  summary = seedDatabase({
    dataDir: t.dir,
    coursesDir: BUNDLED_COURSES_DIR,
    learners: LEARNERS,
    seed: SEED,
    untilMs: UNTIL,
  });
  db = openDatabase(join(t.dir, 'rian.sqlite'));
});
afterAll(() => {
  db.close();
  t.cleanup();
});

describe('rian seed', () => {
  it('makes officials with consistent Thai and English names, agencies, positions and some staff numbers', () => {
    const people = all<{
      name_th: string;
      name_en: string;
      agency: string;
      position: string;
      employee_id: string | null;
    }>('SELECT name_th, name_en, agency, position, employee_id FROM profiles');
    expect(people).toHaveLength(LEARNERS);
    const titles = { นาย: 'Mr', นาง: 'Mrs', นางสาว: 'Ms' } as Record<string, string>;
    for (const p of people) {
      const th = /^(นางสาว|นาง|นาย)([\u0E00-\u0E7F]+) ([\u0E00-\u0E7F]+)$/.exec(p.name_th);
      const en = /^(Mr|Mrs|Ms) ([A-Z][a-z]+) ([A-Z][a-z]+)$/.exec(p.name_en);
      expect(th, p.name_th).not.toBeNull();
      expect(en, p.name_en).not.toBeNull();
      expect(titles[th![1]!]).toBe(en![1]);
      expect(p.position.length).toBeGreaterThan(3);
    }
    expect(new Set(people.map((p) => p.agency)).size).toBe(20);
    expect(new Set(people.map((p) => p.agency))).toEqual(new Set(AGENCIES.map((a) => a.name)));
    const staffNumbers = people.flatMap((p) => (p.employee_id ? [p.employee_id] : []));
    expect(staffNumbers.length).toBeGreaterThan(LEARNERS * 0.3);
    expect(staffNumbers.length).toBeLessThan(LEARNERS * 0.8);
  });

  it('records about a hundred events per learner over the last 18 months', () => {
    expect(summary.events).toBe(one('SELECT count(*) AS n FROM events'));
    expect(summary.events).toBeGreaterThan(LEARNERS * 70);
    expect(summary.events).toBeLessThan(LEARNERS * 130);
    const span = db.prepare('SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM events').get() as {
      first: string;
      last: string;
    };
    expect(Date.parse(span.last)).toBeLessThanOrEqual(UNTIL);
    expect(Date.parse(span.first)).toBeGreaterThan(UNTIL - 19 * 31 * 86_400_000);
    expect(one('SELECT count(DISTINCT substr(occurred_at, 1, 7)) AS n FROM events')).toBeGreaterThanOrEqual(17);
    const types = all<{ type: string }>('SELECT DISTINCT type FROM events').map((r) => r.type);
    expect(types.sort()).toEqual(
      [
        'course.completed',
        'lesson.completed',
        'lesson.opened',
        'quiz.answered',
        'quiz.started',
        'quiz.submitted',
      ].sort(),
    );
  });

  it('scores quiz attempts as the quiz service does, passing at the pass mark', () => {
    const attempts = all<{ percent: number; passed: number; n: number }>(
      'SELECT percent, passed, count(*) AS n FROM quiz_attempts WHERE submitted_at IS NOT NULL GROUP BY percent, passed',
    );
    expect(attempts.length).toBeGreaterThan(10);
    for (const a of attempts) expect(a.passed === 1, `${a.percent}%`).toBe(a.percent >= 70);
    expect(attempts.some((a) => a.passed === 0)).toBe(true);
    expect(one('SELECT count(*) AS n FROM attempt_answers')).toBe(
      one("SELECT count(*) AS n FROM events WHERE type = 'quiz.answered'"),
    );
  });

  it('completes courses only by their rule, with one signed certificate per completion', () => {
    const completed = one("SELECT count(*) AS n FROM events WHERE type = 'course.completed'");
    expect(completed).toBeGreaterThan(LEARNERS * 0.5);
    expect(summary.certificates).toBe(completed);
    expect(one('SELECT count(*) AS n FROM enrolments WHERE completed_at IS NOT NULL')).toBe(completed);
    const numbers = all<{ id: string; code: string }>('SELECT id, code FROM certificates ORDER BY issued_at, id');
    for (const c of numbers) expect(c.id).toMatch(/^DGA-25\d\d-[2-9A-Z]{4}-\d{6}$/);
  });

  it('leaves the records projection up to date: every learner × course, completions with their certificate', () => {
    expect(summary.records).toBe(LEARNERS * library.courses.length);
    expect(one('SELECT count(*) AS n FROM course_records')).toBe(LEARNERS * library.courses.length);
    expect(one('SELECT count(*) AS n FROM record_stale')).toBe(0);
    expect(one('SELECT count(*) AS n FROM course_records WHERE status = 2')).toBe(summary.certificates);
    expect(one('SELECT count(*) AS n FROM course_records WHERE status = 2 AND certificate_id IS NULL')).toBe(0);
    expect(one('SELECT count(*) AS n FROM course_records WHERE status = 1')).toBeGreaterThan(0);
  });

  it('gives the same learners for the same seed, whatever their number, and others for another seed', () => {
    const names = (seed: number, count: number) => {
      const generator = createLearnerGenerator({ seed, courses: library.courses, untilMs: UNTIL });
      return Array.from({ length: count }, (_, i) => generator.learner(i).profile.nameTh);
    };
    const stored = all<{ name_th: string }>('SELECT name_th FROM profiles').map((p) => p.name_th);
    expect(names(SEED, LEARNERS).sort()).toEqual(stored.sort());
    expect(names(SEED, 20)).toEqual(names(SEED, LEARNERS).slice(0, 20));
    expect(names(SEED + 1, 20)).not.toEqual(names(SEED, 20));
  });

  it('runs from the command line with progress lines and a summary', () => {
    const cli = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'electron/cli/rian.ts'), 'seed', '--learners', '30', '--data', join(t.dir, 'cli')],
      { encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^Seeding 30 synthetic learners/);
    expect(cli.stdout).toMatch(/Seeded 30 learners in \d+ courses: [\d,]+ events/);
  });

  it('refuses a data folder that already holds profiles', () => {
    expect(() =>
      seedDatabase({ dataDir: t.dir, coursesDir: BUNDLED_COURSES_DIR, learners: 1, seed: SEED, untilMs: UNTIL }),
    ).toThrow(SeedRefusedError);
    const cli = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'electron/cli/rian.ts'), 'seed', '--learners', '5', '--data', t.dir],
      { encoding: 'utf8' },
    );
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/already holds 200 profile/);
  });
});
