import { weightedPicker, type Random } from './random.ts';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
const BANGKOK_OFFSET = 7 * 3_600_000;
/** How far back the seeded activity reaches. */
const SEED_MONTHS = 18;

/**
 * How busy each calendar month is, January first: the Songkran holidays empty April, the new fiscal year's training
 * plans fill October and November, and the New Year lull thins December.
 */
const MONTH_FACTOR = [0.8, 1, 1.1, 0.55, 0.95, 1.05, 1.1, 1.15, 1, 1.25, 1.3, 0.75];

/** Minutes after Bangkok midnight when officials study: office hours mostly, a few evenings. */
const pickStudyMinute = weightedPicker<[number, number]>([
  [[8 * 60 + 30, 12 * 60], 55],
  [[13 * 60, 16 * 60 + 30], 40],
  [[19 * 60, 21 * 60 + 30], 5],
]);

/** Midnight in Thailand (as a UTC time) of the day holding `ms`. */
export const startOfBangkokDay = (ms: number) => Math.floor((ms + BANGKOK_OFFSET) / DAY) * DAY - BANGKOK_OFFSET;
const isWeekend = (ms: number) => [0, 6].includes(new Date(ms + BANGKOK_OFFSET).getUTCDay());

function studyMomentOn(day: number, random: Random): number {
  const [from, to] = pickStudyMinute(random);
  return day + random.int(from, to) * MINUTE + random.int(0, 59_999);
}

/** When learners join and study, relative to the end of the seeded period. */
export function createCalendar(untilMs: number) {
  // The month holding the last moment before `untilMs`: a period ending at midnight on the 1st ends the month before.
  const untilDate = new Date(untilMs - 1 + BANGKOK_OFFSET);
  const months = Array.from({ length: SEED_MONTHS }, (_, i) => {
    const start = Date.UTC(untilDate.getUTCFullYear(), untilDate.getUTCMonth() - (SEED_MONTHS - 1) + i, 1);
    const end = Date.UTC(untilDate.getUTCFullYear(), untilDate.getUTCMonth() - (SEED_MONTHS - 1) + i + 1, 1);
    // The programme grows: the latest month draws about twice as many newcomers as the first.
    const growth = 0.5 + (0.5 * i) / (SEED_MONTHS - 1);
    const weight = growth * MONTH_FACTOR[new Date(start).getUTCMonth()]!;
    return [{ start: start - BANGKOK_OFFSET, end: Math.min(end - BANGKOK_OFFSET, untilMs) }, weight] as const;
  });
  const pickMonth = weightedPicker(months);

  /** The first study session after `afterMs` plus `gapDays`, on a working day unless the learner keeps at it. */
  function sessionAfter(afterMs: number, gapDays: number, random: Random): number {
    let day = startOfBangkokDay(afterMs + gapDays * DAY);
    while (isWeekend(day) && random.chance(0.85)) day += DAY;
    const moment = studyMomentOn(day, random);
    return moment > afterMs ? moment : afterMs + random.int(5, 90) * MINUTE;
  }

  return {
    /** When a newcomer first opens Rian: more often recently and in busy months. */
    joinTime(random: Random): number {
      const month = pickMonth(random);
      const day = startOfBangkokDay(month.start + random.next() * (month.end - month.start));
      return sessionAfter(day, 0, random);
    },
    sessionAfter,
  };
}
export type Calendar = ReturnType<typeof createCalendar>;
