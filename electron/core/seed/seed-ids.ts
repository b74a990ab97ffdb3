import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { Random } from './random.ts';

const bytes = new Uint8Array(16);
const view = new DataView(bytes.buffer);

function fillRandomBytes(random: Random): Uint8Array {
  for (let i = 0; i < 16; i += 4) view.setUint32(i, Math.floor(random.next() * 2 ** 32));
  return bytes;
}

/**
 * A UUIDv7 for something that happened at `ms`, with its random bits from the seeded generator: ids sort by time as
 * the app's own do, and a seed always gives the same ids.
 */
export function seededUuidV7(random: Random, ms: number): string {
  return uuidv7({ msecs: ms, random: fillRandomBytes(random) });
}

/** A UUIDv4 (as device ids are) from the seeded generator. */
export function seededUuidV4(random: Random): string {
  return uuidv4({ random: fillRandomBytes(random) });
}
