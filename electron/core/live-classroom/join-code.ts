import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/live-classroom.ts';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A member's token is derived from the join code they used (and a random salt), so only someone who knew the code
 * can hold one. Only its hash is kept, so the database alone does not let anyone in.
 */
export function memberToken(code: string, memberId: string): string {
  return createHmac('sha256', code).update(memberId).update(randomBytes(16)).digest('base64url');
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
