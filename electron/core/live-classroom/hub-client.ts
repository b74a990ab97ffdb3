import type { z } from 'zod';
import { contract, type Channel, type ChannelInput } from '../../shared/contract.ts';
import { appErrorShape, AppError } from '../../shared/errors.ts';
import { JOIN_CODE_HEADER, MEMBER_TOKEN_HEADER } from '../../shared/live-classroom.ts';

type HubChannel = Extract<Channel, `hub.${string}`>;
export type HubCredentials = { code: string } | { token: string };

/** How long a trainee's Rian waits for the hub before calling it unreachable (the room's Wi-Fi, not the internet). */
const HUB_TIMEOUT_MS = 5_000;

const unreachable = (origin: string) =>
  new AppError(
    'UNREACHABLE',
    `The classroom at ${origin} is not answering. Your work is kept here and will be sent when it is back.`,
    `ติดต่อห้องเรียนที่ ${origin} ไม่ได้ งานของท่านเก็บไว้ในเครื่องนี้และจะส่งเมื่อเชื่อมต่อได้อีกครั้ง`,
  );

/**
 * Calls a classroom hub from a trainee's Rian: the hub's answer is checked against the same contract schemas as
 * everything else, and its refusals become errors in both languages. Redirects are refused: the hub answers itself.
 */
export async function callHub<C extends HubChannel>(
  origin: string,
  channel: C,
  input: ChannelInput<C>,
  credentials: HubCredentials,
): Promise<z.output<(typeof contract)[C]['output']>> {
  let body: unknown;
  try {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      redirect: 'error',
      signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        ...('code' in credentials
          ? { [JOIN_CODE_HEADER]: credentials.code }
          : { [MEMBER_TOKEN_HEADER]: credentials.token }),
      },
      body: JSON.stringify(input),
    });
    body = await response.json();
  } catch {
    throw unreachable(origin);
  }
  const envelope = body as { ok?: unknown; data?: unknown; error?: unknown };
  if (envelope.ok === true) {
    const data = contract[channel].output.safeParse(envelope.data);
    if (data.success) return data.data as z.output<(typeof contract)[C]['output']>;
  } else {
    const error = appErrorShape.safeParse(envelope.error);
    if (error.success) throw new AppError(error.data.code, error.data.message, error.data.messageTh);
  }
  throw new AppError(
    'UNREACHABLE',
    `${origin} did not answer as a Rian classroom does.`,
    `${origin} ไม่ได้ตอบกลับแบบห้องเรียนของ Rian`,
  );
}
