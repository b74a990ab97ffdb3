import type { RecordFilter, RecordSort } from '../../shared/records.ts';
import { STATUS_CODES } from './record-projection.ts';

/** Start of a calendar day in Bangkok as a UTC ISO string, comparable with stored event times. */
export const bangkokDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The WHERE clause for a records filter over `course_records r JOIN profiles p`, with bound parameters only. The
 * screen, the dashboard and every export use this one function, so they always agree on which rows match.
 */
export function filterSql(filter: RecordFilter): { where: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.courseId) {
    clauses.push('r.course_id = ?');
    params.push(filter.courseId);
  }
  if (filter.agency) {
    clauses.push('p.agency = ?');
    params.push(filter.agency);
  }
  if (filter.status) {
    clauses.push('r.status = ?');
    params.push(STATUS_CODES[filter.status]);
  }
  if (filter.from) {
    clauses.push('r.completed_at >= ?');
    params.push(bangkokDayStart(filter.from));
  }
  if (filter.to) {
    clauses.push('r.completed_at < ?');
    params.push(bangkokDayStart(nextDay(filter.to)));
  }
  if (filter.sessionId) {
    clauses.push(
      `r.profile_id IN (SELECT profile_id FROM session_roster WHERE session_id = ?)
       AND r.course_id = (SELECT course_id FROM classroom_sessions WHERE id = ?)`,
    );
    params.push(filter.sessionId, filter.sessionId);
  }
  const query = filter.query.trim();
  if (query) {
    clauses.push('(instr(p.name_th, ?) > 0 OR instr(lower(p.name_en), ?) > 0 OR p.employee_id = ?)');
    params.push(query, query.toLowerCase(), query);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const SORT_EXPRESSIONS: Record<RecordSort['column'], string> = {
  nameTh: 'p.sort_th',
  nameEn: 'p.name_en COLLATE NOCASE',
  agency: 'p.agency',
  course: 'c.position',
  status: 'r.status',
  progressPercent: 'r.progress_percent',
  bestScore: 'r.best_score',
  startedAt: 'r.started_at',
  completedAt: 'r.completed_at',
  minutesSpent: 'r.minutes_spent',
  certificateId: 'r.certificate_id',
};

/** ORDER BY for a sort, from a fixed list of expressions (never from input), with a stable tie-break. */
export function orderSql(sort: RecordSort): string {
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  // A learner's rows end in course id order: the records table's own key, so no sort is needed within a learner.
  const tieBreak = sort.column === 'nameTh' ? 'p.id, r.course_id' : 'p.sort_th, p.id, r.course_id';
  return `ORDER BY ${SORT_EXPRESSIONS[sort.column]} ${direction}, ${tieBreak}`;
}
