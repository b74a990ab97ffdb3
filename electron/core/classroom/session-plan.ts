import type { PlanBlock, SessionDay, SessionPlan } from '../../shared/classroom.ts';
import type { CourseManifest, Quiz } from '../../shared/course-package.ts';

/** A short break after this much teaching in a row. */
const BREAK_AFTER_MINUTES = 90;
const BREAK_MINUTES = 15;
const LUNCH = { start: 12 * 60, minutes: 60 };
/** A room quiz takes about this long per question, and never less than the floor. */
const QUIZ_MINUTES_PER_QUESTION = 2;
const QUIZ_MINUTES_FLOOR = 10;

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const toClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

type Item = Omit<PlanBlock, 'start'>;

const BREAK: Item = {
  kind: 'break',
  lessonId: null,
  quizId: null,
  title: { th: 'พักรับประทานอาหารว่าง', en: 'Break' },
  minutes: BREAK_MINUTES,
  notes: null,
};
const LUNCH_BLOCK: Item = {
  ...BREAK,
  title: { th: 'พักรับประทานอาหารกลางวัน', en: 'Lunch' },
  minutes: LUNCH.minutes,
};

/** The course in teaching order: each module's lessons, then its quiz, then the final exam. */
function courseItems(manifest: CourseManifest, quizzes: ReadonlyMap<string, Quiz>): Item[] {
  const quizItem = (quizId: string): Item[] => {
    const quiz = quizzes.get(quizId);
    if (!quiz) return [];
    const questions = quiz.draw ?? quiz.questions.length;
    return [
      {
        kind: 'quiz',
        lessonId: null,
        quizId,
        title: quiz.title,
        minutes: quiz.timeLimitMinutes ?? Math.max(QUIZ_MINUTES_FLOOR, questions * QUIZ_MINUTES_PER_QUESTION),
        notes: null,
      },
    ];
  };
  return [
    ...manifest.modules.flatMap((m) => [
      ...m.lessons.map((l): Item => ({
        kind: 'lesson',
        lessonId: l.id,
        quizId: null,
        title: l.title,
        minutes: l.minutes,
        notes: l.facilitatorNotes ?? null,
      })),
      ...(m.quiz ? quizItem(m.quiz) : []),
    ]),
    ...(manifest.finalExam ? quizItem(manifest.finalExam) : []),
  ];
}

/**
 * Lays the course over the session's days: lessons in order from each day's start, a break after about 90 minutes
 * of teaching, lunch at noon on days that span it, and the next day when an item would run past the day's end. What
 * does not fit stays on the last day, so the trainer sees the overrun and edits the plan.
 */
export function generatePlan(
  manifest: CourseManifest,
  quizzes: ReadonlyMap<string, Quiz>,
  days: readonly SessionDay[],
): SessionPlan {
  const queue = courseItems(manifest, quizzes);
  const planned = days.map((day, index) => {
    const blocks: PlanBlock[] = [];
    const end = toMinutes(day.end);
    let clock = toMinutes(day.start);
    let sinceBreak = 0;
    let lunched = clock >= LUNCH.start || end <= LUNCH.start;
    const isLast = index === days.length - 1;
    const place = (item: Item) => {
      blocks.push({ ...item, start: toClock(clock) });
      clock += item.minutes;
    };
    while (queue.length > 0) {
      if (!lunched && clock >= LUNCH.start) {
        place(LUNCH_BLOCK);
        lunched = true;
        sinceBreak = 0;
        continue;
      }
      const next = queue[0]!;
      if (!isLast && clock + next.minutes > end && blocks.length > 0) break;
      if (sinceBreak >= BREAK_AFTER_MINUTES && clock + BREAK_MINUTES < end) {
        place(BREAK);
        sinceBreak = 0;
        continue;
      }
      place(queue.shift()!);
      sinceBreak += next.minutes;
    }
    return { date: day.date, blocks };
  });
  return { days: planned, edited: false };
}

/** Start times follow from the order and lengths the trainer set, so an edited plan never shows a stale clock. */
export function retime(plan: SessionPlan, days: readonly SessionDay[]): SessionPlan {
  const startOf = new Map(days.map((d) => [d.date, toMinutes(d.start)]));
  return {
    ...plan,
    days: plan.days.map((d) => {
      let clock = startOf.get(d.date) ?? toMinutes(d.blocks[0]?.start ?? '09:00');
      return {
        date: d.date,
        blocks: d.blocks.map((b) => {
          const block = { ...b, start: toClock(clock) };
          clock += b.minutes;
          return block;
        }),
      };
    }),
  };
}
