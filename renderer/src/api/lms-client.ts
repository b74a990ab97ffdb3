import type { Channel, ChannelOutput, LmsApi, LmsWire } from '../../../electron/shared/contract.ts';
import type { AppErrorShape } from '../../../electron/shared/errors.ts';
import type { Result } from '../../../electron/shared/result.ts';
import { buildWire } from '../../../electron/shared/wire.ts';
import { guestHeaders, isClassroomGuest } from '../classroom/guest-credentials.ts';

declare global {
  interface Window {
    /** Present in the Electron app (from the preload); absent in a browser. */
    lms?: LmsWire;
  }
}

/** A failure the backend reported, carrying its code and both languages' messages. */
export class LmsError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.shape = shape;
  }
}

const TRANSPORT_FAILURE: AppErrorShape = {
  code: 'INTERNAL',
  message: 'Rian could not reach its data service. Check that Rian is still running, then reload.',
  messageTh: 'ติดต่อบริการข้อมูลของ Rian ไม่ได้ กรุณาตรวจสอบว่าโปรแกรมยังทำงานอยู่ แล้วโหลดหน้าใหม่',
};

function httpWire(): LmsWire {
  const token = document.querySelector<HTMLMetaElement>('meta[name="rian-token"]')?.content ?? '';
  // Served by a trainer's classroom door: the join code or member token takes the per-launch token's place.
  const credentials = () => (isClassroomGuest ? guestHeaders() : { 'x-rian-token': token });
  return buildWire(async (channel, input) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...credentials() },
        body: JSON.stringify(input),
      });
      return (await response.json()) as unknown;
    } catch {
      return { ok: false, error: TRANSPORT_FAILURE };
    }
  });
}

/** The typed API the UI uses; it neither knows nor cares which door (IPC or HTTP) carries the call. */
function createLms(wire: LmsWire): LmsApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [area, verbs] of Object.entries(
    wire as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>,
  )) {
    api[area] = {};
    for (const [verb, call] of Object.entries(verbs)) {
      api[area][verb] = async (input?: unknown) => {
        const result = await call(input ?? {});
        if (result.ok) return result.data;
        throw new LmsError(result.error);
      };
    }
  }
  return api as unknown as LmsApi;
}

export const lms: LmsApi = createLms(window.lms ?? httpWire());
export type { Channel, ChannelOutput };
