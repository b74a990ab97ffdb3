import type { AppErrorShape } from './errors.ts';

/** What every contract call returns across either door. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };
