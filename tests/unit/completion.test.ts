import { describe, expect, it } from 'vitest';
import { evaluateCourseProgress } from '../../electron/shared/completion.ts';
import { courseManifestSchema } from '../../electron/shared/course-package.ts';

const t = (s: string) => ({ th: `ไทย ${s}`, en: s });
function manifest(overrides: Record<string, unknown> = {}) {
  return courseManifestSchema.parse({
    schemaVersion: 1,
    id: 'sample',
    version: '1.0.0',
    title: t('Sample'),
    description: t('d'),
    audience: t('a'),
    hours: 2,
    objectives: [t('o')],
    modules: [
      {
        id: 'm1',
        title: t('M1'),
        lessons: [
          { id: 'l1', title: t('L1'), minutes: 10 },
          { id: 'l2', title: t('L2'), minutes: 10 },
        ],
      },
      {
        id: 'm2',
        title: t('M2'),
        lessons: [
          { id: 'l3', title: t('L3'), minutes: 10 },
          { id: 'x', title: t('X'), minutes: 5, required: false },
        ],
      },
    ],
    ...overrides,
  });
}

describe('evaluateCourseProgress', () => {
  it('is not started with nothing done and nothing opened', () => {
    const p = evaluateCourseProgress(manifest(), new Set(), new Set(), null, null);
    expect(p).toMatchObject({ status: 'notStarted', percent: 0, requiredLessonCount: 3, completedRequiredCount: 0 });
  });

  it('is in progress once a lesson was opened, even before any is complete', () => {
    expect(evaluateCourseProgress(manifest(), new Set(), new Set(), 'l1', null).status).toBe('inProgress');
  });

  it('counts only required lessons towards the percentage and rounds down (never 100 before complete)', () => {
    const p = evaluateCourseProgress(manifest(), new Set(['l1', 'x']), new Set(), 'x', null);
    expect(p).toMatchObject({ percent: 33, completedRequiredCount: 1, status: 'inProgress' });
    expect(p.completedLessonIds.sort()).toEqual(['l1', 'x']);
  });

  it('completes when every required lesson is done, optional ones aside', () => {
    const p = evaluateCourseProgress(
      manifest(),
      new Set(['l1', 'l2', 'l3']),
      new Set(),
      'l3',
      '2026-11-21T03:00:00.000Z',
    );
    expect(p).toMatchObject({ status: 'completed', percent: 100, completedAt: '2026-11-21T03:00:00.000Z' });
  });

  it('needs every required quiz passed as well, and counts quizzes as units of progress', () => {
    const m = manifest({
      modules: [{ id: 'm1', title: t('M1'), quiz: 'q1', lessons: [{ id: 'l1', title: t('L1'), minutes: 10 }] }],
      completion: { requireAllLessons: true, requiredQuizzes: ['q1'] },
    });
    expect(evaluateCourseProgress(m, new Set(['l1']), new Set(), 'l1', null)).toMatchObject({
      status: 'inProgress',
      percent: 50,
    });
    expect(evaluateCourseProgress(m, new Set(['l1']), new Set(['q1']), 'l1', null)).toMatchObject({
      status: 'completed',
      percent: 100,
    });
  });

  it('ignores completions of lessons a newer course version removed', () => {
    const p = evaluateCourseProgress(manifest(), new Set(['gone', 'l1']), new Set(), 'l1', null);
    expect(p.completedLessonIds).toEqual(['l1']);
    expect(p.completedRequiredCount).toBe(1);
  });

  it('drops a stale completion date while the rule is not satisfied (e.g. a new version added a lesson)', () => {
    const p = evaluateCourseProgress(manifest(), new Set(['l1', 'l2']), new Set(), 'l2', '2026-01-01T00:00:00.000Z');
    expect(p.completedAt).toBeNull();
  });
});
