import type { AttendanceMark, AttendanceStatus, DayPart, SessionDay } from '../../shared/classroom.ts';

export type Slot = { date: string; part: DayPart };

/** The attendance slots of a session: each day whole, or morning and afternoon when the day is split. */
export function slotsOf(days: readonly SessionDay[]): Slot[] {
  return days.flatMap((d): Slot[] =>
    d.split
      ? [
          { date: d.date, part: 'morning' },
          { date: d.date, part: 'afternoon' },
        ]
      : [{ date: d.date, part: 'day' }],
  );
}

/** Late still counts as attended; excused does not, but neither is it held against the threshold's meaning. */
export const ATTENDED: ReadonlySet<AttendanceStatus> = new Set(['present', 'late']);

/** One trainee's attendance: slots attended overall and per day, as the report and eligibility use them. */
export function attendanceOf(slots: readonly Slot[], marks: readonly AttendanceMark[]) {
  const status = new Map(marks.map((m) => [`${m.day}|${m.part}`, m.status]));
  const attendedIn = (slot: Slot) => ATTENDED.has(status.get(`${slot.date}|${slot.part}`) ?? 'absent');
  const attended = slots.filter(attendedIn).length;
  const dates = [...new Set(slots.map((s) => s.date))];
  return {
    attended,
    percent: slots.length ? Math.round((attended * 1000) / slots.length) / 10 : 0,
    days: dates.map((date) => {
      const ofDay = slots.filter((s) => s.date === date);
      return { date, attended: ofDay.filter(attendedIn).length, slots: ofDay.length };
    }),
  };
}

/** Participation needs the threshold met; with no slots yet nobody is eligible. */
export const meetsThreshold = (attended: number, slots: number, threshold: number) =>
  slots > 0 && attended * 100 >= threshold * slots;

/** When two laptops marked the same slot, the later mark wins; equal times fall to the status name, so merging in any order agrees. */
export function laterMark<T extends { status: string; markedAt: string }>(a: T, b: T): T {
  if (a.markedAt !== b.markedAt) return a.markedAt > b.markedAt ? a : b;
  return a.status >= b.status ? a : b;
}
