import { describe, expect, it } from 'vitest';
import { attendanceOf, laterMark, meetsThreshold, slotsOf } from '../../electron/core/classroom/attendance-rules.ts';
import { generatePlan, retime } from '../../electron/core/classroom/session-plan.ts';
import { readCoursePackage } from '../../electron/core/courses/read-package.ts';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/paths.ts';

const DAYS = [
  { date: '2026-12-01', start: '09:00', end: '16:30', split: true },
  { date: '2026-12-02', start: '09:00', end: '12:00', split: false },
];

describe('attendance', () => {
  it('has a morning and an afternoon on split days, one slot otherwise', () => {
    expect(slotsOf(DAYS)).toEqual([
      { date: '2026-12-01', part: 'morning' },
      { date: '2026-12-01', part: 'afternoon' },
      { date: '2026-12-02', part: 'day' },
    ]);
  });

  it('counts present and late as attended, absent, excused and unmarked as not', () => {
    const slots = slotsOf(DAYS);
    const a = attendanceOf(slots, [
      { profileId: 'p', day: '2026-12-01', part: 'morning', status: 'present' },
      { profileId: 'p', day: '2026-12-01', part: 'afternoon', status: 'late' },
      { profileId: 'p', day: '2026-12-02', part: 'day', status: 'excused' },
    ]);
    expect(a).toEqual({
      attended: 2,
      percent: 66.7,
      days: [
        { date: '2026-12-01', attended: 2, slots: 2 },
        { date: '2026-12-02', attended: 0, slots: 1 },
      ],
    });
    expect(meetsThreshold(2, 3, 66)).toBe(true);
    expect(meetsThreshold(2, 3, 67)).toBe(false);
    expect(meetsThreshold(0, 0, 0)).toBe(false);
  });

  it('settles two laptops’ marks for one slot the same way in either order', () => {
    const a = { status: 'late', markedAt: '2026-12-01T02:00:00.000Z' };
    const b = { status: 'present', markedAt: '2026-12-01T02:05:00.000Z' };
    const c = { status: 'absent', markedAt: '2026-12-01T02:05:00.000Z' };
    expect(laterMark(a, b)).toBe(b);
    expect(laterMark(b, a)).toBe(b);
    expect(laterMark(b, c)).toEqual(laterMark(c, b));
  });
});

describe('the session plan', () => {
  const read = readCoursePackage(join(PROJECT_ROOT, 'courses', 'train-the-trainer-ecommerce'));
  if (!read.ok) throw new Error('course');
  const { manifest, quizzes } = read.pkg;
  const lessons = manifest.modules.flatMap((m) => m.lessons.map((l) => l.id));

  it('lays every lesson and quiz out in course order over the days, with breaks, lunch and notes', () => {
    const plan = generatePlan(manifest, quizzes, DAYS);
    const blocks = plan.days.flatMap((d) => d.blocks);
    expect(blocks.filter((b) => b.kind === 'lesson').map((b) => b.lessonId)).toEqual(lessons);
    expect(blocks.filter((b) => b.kind === 'quiz').length).toBeGreaterThan(0);
    expect(plan.days[0]!.blocks[0]).toMatchObject({ start: '09:00' });
    expect(plan.days[0]!.blocks.some((b) => b.title.en === 'Lunch')).toBe(true);
    expect(plan.days[1]!.blocks.some((b) => b.title.en === 'Lunch')).toBe(false);
    expect(blocks.find((b) => b.kind === 'lesson')!.notes).not.toBeNull();
    for (const day of plan.days.slice(0, -1)) {
      const last = day.blocks.at(-1)!;
      const [h, m] = last.start.split(':').map(Number);
      expect(h! * 60 + m! + last.minutes).toBeLessThanOrEqual(16 * 60 + 30);
    }
  });

  it('recomputes start times after the trainer reorders or lengthens blocks', () => {
    const plan = generatePlan(manifest, quizzes, DAYS);
    const [first, second, ...rest] = plan.days[0]!.blocks;
    const edited = { ...plan, days: [{ ...plan.days[0]!, blocks: [{ ...second!, minutes: 30 }, first!, ...rest] }] };
    const timed = retime(edited, DAYS);
    expect(timed.days[0]!.blocks[0]!.start).toBe('09:00');
    expect(timed.days[0]!.blocks[1]!.start).toBe('09:30');
  });
});
