import { JOIN_CODE_HEADER, MEMBER_TOKEN_HEADER } from '../../../electron/shared/live-classroom.ts';

const TOKEN_KEY = 'rian-classroom-member';

/** The page was served by a trainer's classroom door to a trainee's browser, not by this laptop's own Rian. */
export const isClassroomGuest = document.querySelector('meta[name="rian-classroom"]') !== null;

let joinCode: string | null = null;

/** What the classroom door needs with every request: the join code while joining, the member token after. */
export function guestHeaders(): Record<string, string> {
  if (joinCode) return { [JOIN_CODE_HEADER]: joinCode };
  const token = localStorage.getItem(TOKEN_KEY);
  return token ? { [MEMBER_TOKEN_HEADER]: token } : {};
}

/** Sends one request (joining) with the code instead of a token. */
export async function withJoinCode<T>(code: string, call: () => Promise<T>): Promise<T> {
  joinCode = code;
  try {
    return await call();
  } finally {
    joinCode = null;
  }
}

export const hasMemberToken = () => localStorage.getItem(TOKEN_KEY) !== null;
export const keepMemberToken = (token: string) => localStorage.setItem(TOKEN_KEY, token);
export const forgetMemberToken = () => localStorage.removeItem(TOKEN_KEY);
