import type { RoomStep } from '../../../../../electron/shared/room-steps.ts';

export type RosterEntry = { profileId: string; nameTh: string; nameEn: string };
export type RoomResult = { profileId: string; correct: number; total: number };

/** A small seeded generator (mulberry32 over an FNV-1a hash of the seed): the same order on every screen and reload. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let x = Math.imul(h ^ (h >>> 15), 1 | h);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ordering items and matching answers are stored in their correct order, so the room sees them shuffled: always the
 * same way for a question, and never in the answer's own order.
 */
export function shuffledFor<T>(items: readonly T[], seed: string): T[] {
  const next = random(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  if (result.length > 1 && result.every((item, i) => item === items[i])) result.push(result.shift()!);
  return result;
}

/** A, B, C… for choices. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Each trainee's tally: the steps the trainer ticked them as answering correctly, out of every step. */
export function roomResults(
  roster: readonly RosterEntry[],
  correctBy: Readonly<Record<string, readonly string[]>>,
  steps: readonly RoomStep[],
): RoomResult[] {
  return roster.map(({ profileId }) => ({
    profileId,
    correct: steps.filter((s) => correctBy[s.key]?.includes(profileId)).length,
    total: steps.length,
  }));
}
