import { seededRandom } from '../../shared/assessment/draw.ts';

/** Mixes a seed with a stream number, so each learner draws from a generator of its own. */
function mixSeed(seed: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

export type Random = ReturnType<typeof createRandom>;

/**
 * Seeded helpers over mulberry32: the same seed always gives the same data set. `stream` separates learners, so a
 * learner's data does not change when more learners are seeded after it.
 */
export function createRandom(seed: number, stream = 0) {
  const next = seededRandom(mixSeed(seed, stream));
  return {
    next,
    /** An integer from min to max, both included. */
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    between: (min: number, max: number): number => min + next() * (max - min),
    chance: (probability: number): boolean => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Bell-shaped (the sum of four uniforms, scaled to a standard deviation of 1), clamped to [min, max]. */
    around(mean: number, sd: number, min: number, max: number): number {
      const bell = (next() + next() + next() + next() - 2) * Math.sqrt(3);
      return Math.min(max, Math.max(min, mean + bell * sd));
    },
  };
}

/** A picker over fixed weights, with the cumulative table built once. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let running = 0;
  const cumulative = entries.map(([value, weight]) => [value, (running += weight) / total] as const);
  return (random) => {
    const r = random.next();
    return (cumulative.find(([, upTo]) => r < upTo) ?? cumulative.at(-1)!)[0];
  };
}
