import type { Question, Quiz } from '../course-package.ts';

/** Everything needed to show an attempt again exactly as it was: which questions, in which order, options in which order. */
export type AttemptDraw = {
  questionIds: string[];
  /** question id (including scenario sub-questions) → option, pair (right column) or item ids in display order. */
  order: Record<string, string[]>;
};

/** A small seeded generator (mulberry32), so a draw can be reproduced in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Ordering items must never be presented already in the right order, or the question answers itself. */
function shuffledOutOfOrder(ids: readonly string[], random: () => number): string[] {
  if (ids.length < 2) return [...ids];
  let result = shuffled(ids, random);
  while (result.every((id, i) => id === ids[i])) result = shuffled(ids, random);
  return result;
}

function orderFor(question: Question, shuffle: boolean, random: () => number, order: Record<string, string[]>): void {
  const mix = (ids: string[]) => (shuffle ? shuffled(ids, random) : ids);
  switch (question.type) {
    case 'single':
    case 'multiple':
      order[question.id] = mix(question.options.map((o) => o.id));
      return;
    case 'matching':
      order[question.id] = shuffledOutOfOrder(
        question.pairs.map((p) => p.id),
        random,
      );
      return;
    case 'ordering':
      order[question.id] = shuffledOutOfOrder(
        question.items.map((i) => i.id),
        random,
      );
      return;
    case 'scenario':
      for (const sub of question.questions) orderFor(sub, shuffle, random, order);
      return;
    case 'trueFalse':
    case 'shortText':
      return;
  }
}

/** Draws an attempt: `draw` questions from the bank (all when unset), shuffled when the quiz says so. */
export function drawAttempt(quiz: Quiz, random: () => number): AttemptDraw {
  const count = Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
  const bank =
    quiz.draw !== undefined && quiz.draw < quiz.questions.length ? shuffled(quiz.questions, random) : quiz.questions;
  let chosen = bank.slice(0, count);
  if (quiz.shuffle) chosen = shuffled(chosen, random);
  else chosen = quiz.questions.filter((q) => chosen.includes(q));
  const order: Record<string, string[]> = {};
  for (const q of chosen) orderFor(q, quiz.shuffle, random, order);
  return { questionIds: chosen.map((q) => q.id), order };
}
