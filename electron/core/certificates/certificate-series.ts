import { createHash } from 'node:crypto';

/** Letters and digits that cannot be misread for one another on paper (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * Four characters naming the laptop that issued a certificate, from its device id. Every laptop numbers its
 * certificates from 000001, so without the series a trainee's laptop and the trainer's would both issue
 * DGA-2569-000001 and their registers could not be merged.
 */
export function certificateSeries(deviceId: string): string {
  const digest = createHash('sha256').update(deviceId).digest();
  return Array.from(digest.subarray(0, 4), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
