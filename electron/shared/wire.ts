import { CHANNEL_NAMES, type ChannelName } from './channel-names.ts';
import type { LmsWire } from './contract.ts';

/** Builds `{ area: { verb(input) } }` from one function that carries a channel name and input through a door. */
export function buildWire(send: (channel: ChannelName, input: unknown) => Promise<unknown>): LmsWire {
  const wire: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of CHANNEL_NAMES) {
    const [area, verb] = name.split('.') as [string, string];
    (wire[area] ??= {})[verb] = (input?: unknown) => send(name, input ?? {});
  }
  return wire as unknown as LmsWire;
}
