import type Database from 'better-sqlite3';
import type { Dashboard, RecordFilter, RecordRow, RecordSort, RecordStatus } from '../../shared/records.ts';
import { filterSql, orderSql } from './record-filter-sql.ts';

const STATUS_NAMES: RecordStatus[] = ['notStarted', 'inProgress', 'completed'];
/** How many months the completions chart looks back. */
const CHART_MONTHS = 18;

export type RecordSqlRow = {
  profile_id: string;
  name_th: string;
  name_en: string;
  agency: string;
  position: string;
  employee_id: string | null;
  course_id: string;
  status: number;
  progress_percent: number;
  best_score: number | null;
  started_at: string | null;
  completed_at: string | null;
  minutes_spent: number;
  certificate_id: string | null;
};

/** Course titles come from a small map, not a join: one lookup fewer per row of a 250,000-row export. */
const COLUMNS = `SELECT p.id AS profile_id, p.name_th, p.name_en, p.agency, p.position, p.employee_id, r.course_id,
    r.status, r.progress_percent, r.best_score, r.started_at, r.completed_at, r.minutes_spent, r.certificate_id`;
/** Sorting by a record's column walks that column's index; CROSS JOIN keeps the planner from starting elsewhere. */
const BY_RECORD = `${COLUMNS} FROM course_records r CROSS JOIN profiles p ON p.id = r.profile_id`;
/**
 * Sorting by a learner's column walks the profiles in index order and looks up their rows: CROSS JOIN fixes that
 * order, which the planner would otherwise miss without statistics (a full sort of every row: 1 s at 300,000).
 */
const BY_PROFILE = `${COLUMNS} FROM profiles p CROSS JOIN course_records r ON r.profile_id = p.id`;
/** Only the course order needs the catalog in the query (its position). */
const BY_COURSE = `${BY_RECORD} CROSS JOIN course_catalog c ON c.course_id = r.course_id`;
const PROFILE_SORTS = new Set<RecordSort['column']>(['nameTh', 'nameEn', 'agency']);
const selectFor = (sort: RecordSort) =>
  sort.column === 'course' ? BY_COURSE : PROFILE_SORTS.has(sort.column) ? BY_PROFILE : BY_RECORD;

type Titles = ReadonlyMap<string, { th: string; en: string }>;

export function toRecordRow(r: RecordSqlRow, titles: Titles): RecordRow {
  return {
    learnerId: r.profile_id,
    nameTh: r.name_th,
    nameEn: r.name_en,
    agency: r.agency,
    position: r.position,
    employeeId: r.employee_id,
    courseId: r.course_id,
    courseTitle: titles.get(r.course_id) ?? { th: r.course_id, en: r.course_id },
    status: STATUS_NAMES[r.status]!,
    progressPercent: r.progress_percent,
    bestScore: r.best_score,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    minutesSpent: r.minutes_spent,
    certificateId: r.certificate_id,
  };
}

/**
 * Reads of the records table, all in SQL with bound parameters: a page for the virtualised table, counts, the
 * dashboard, and a cursor for exports. `beforeRead` brings stale rows up to date first.
 */
export function createRecordQueries(db: Database.Database, beforeRead: () => void = () => {}) {
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  const titles = (): Titles =>
    new Map(
      (
        prepared('SELECT course_id, title_th, title_en FROM course_catalog').all() as {
          course_id: string;
          title_th: string;
          title_en: string;
        }[]
      ).map((c) => [c.course_id, { th: c.title_th, en: c.title_en }]),
    );

  function count(filter: RecordFilter): number {
    const { where, params } = filterSql(filter);
    const joinProfiles = where.includes('p.') ? 'JOIN profiles p ON p.id = r.profile_id' : '';
    return (
      prepared(`SELECT count(*) AS n FROM course_records r ${joinProfiles} ${where}`).get(...params) as {
        n: number;
      }
    ).n;
  }

  return {
    page(input: { filter: RecordFilter; sort: RecordSort; offset: number; limit: number }) {
      beforeRead();
      const { where, params } = filterSql(input.filter);
      const rows = prepared(`${selectFor(input.sort)} ${where} ${orderSql(input.sort)} LIMIT ? OFFSET ?`).all(
        ...params,
        input.limit,
        input.offset,
      ) as RecordSqlRow[];
      const known = titles();
      return { rows: rows.map((r) => toRecordRow(r, known)), total: count(input.filter) };
    },
    count(filter: RecordFilter): number {
      beforeRead();
      return count(filter);
    },
    /** Every matching row in order, one at a time: exports never hold the whole set. */
    *iterate(filter: RecordFilter, sort: RecordSort): Generator<RecordRow> {
      beforeRead();
      const known = titles();
      const { where, params } = filterSql(filter);
      const rows = db.prepare(`${selectFor(sort)} ${where} ${orderSql(sort)}`).iterate(...params);
      for (const row of rows as IterableIterator<RecordSqlRow>) yield toRecordRow(row, known);
    },
    ofLearner(profileId: string): RecordRow[] {
      beforeRead();
      const known = titles();
      return (prepared(`${BY_COURSE} WHERE r.profile_id = ? ORDER BY c.position`).all(profileId) as RecordSqlRow[]).map(
        (r) => toRecordRow(r, known),
      );
    },
    dashboard(filter: RecordFilter, now: Date): Dashboard {
      beforeRead();
      const { where, params } = filterSql(filter);
      const from = `FROM course_records r JOIN profiles p ON p.id = r.profile_id ${where}`;
      const totals = prepared(
        `SELECT count(DISTINCT r.profile_id) AS learners, count(*) AS records,
           coalesce(sum(r.status > 0), 0) AS started, coalesce(sum(r.status = 2), 0) AS completed ${from}`,
      ).get(...params) as Dashboard['totals'];
      const byCourse = (
        prepared(
          `SELECT r.course_id, c.title_th, c.title_en, count(*) AS records, sum(r.status = 2) AS completed,
             avg(r.best_score) AS average
           FROM course_records r JOIN profiles p ON p.id = r.profile_id
           JOIN course_catalog c ON c.course_id = r.course_id ${where}
           GROUP BY r.course_id ORDER BY c.position`,
        ).all(...params) as {
          course_id: string;
          title_th: string;
          title_en: string;
          records: number;
          completed: number;
          average: number | null;
        }[]
      ).map((c) => ({
        courseId: c.course_id,
        title: { th: c.title_th, en: c.title_en },
        records: c.records,
        completed: c.completed,
        averageScore: c.average === null ? null : Math.round(c.average * 10) / 10,
      }));
      const byAgency = prepared(
        `SELECT p.agency, count(*) AS records, sum(r.status = 2) AS completed ${from}
         GROUP BY p.agency ORDER BY records DESC, p.agency`,
      ).all(...params) as Dashboard['byAgency'];
      const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (CHART_MONTHS - 1), 1));
      const months = new Map<string, number>();
      for (let i = 0; i < CHART_MONTHS; i++) {
        const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
        months.set(d.toISOString().slice(0, 7), 0);
      }
      for (const m of prepared(
        `SELECT strftime('%Y-%m', r.completed_at, '+7 hours') AS month, count(*) AS completed ${from}
         ${where ? 'AND' : 'WHERE'} r.completed_at >= ? GROUP BY month`,
      ).all(...params, start.toISOString()) as { month: string; completed: number }[]) {
        if (months.has(m.month)) months.set(m.month, m.completed);
      }
      const agencies = (
        prepared('SELECT DISTINCT agency FROM profiles ORDER BY agency').all() as { agency: string }[]
      ).map((a) => a.agency);
      return {
        totals,
        byCourse,
        byAgency,
        perMonth: [...months].map(([month, completed]) => ({ month, completed })),
        agencies,
      };
    },
  };
}
export type RecordQueries = ReturnType<typeof createRecordQueries>;
