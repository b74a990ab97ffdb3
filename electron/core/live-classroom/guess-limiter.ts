/**
 * Refuses an address that keeps presenting wrong join codes or tokens: after `maxFailures` within `windowMs`, every
 * attempt from it is refused until the window has passed. Successful requests are never limited, so a room of sixty
 * trainees behind one address is not slowed down by its own traffic.
 */
export function createGuessLimiter({
  maxFailures = 10,
  windowMs = 60_000,
  now = Date.now,
}: { maxFailures?: number; windowMs?: number; now?: () => number } = {}) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => {
    const since = now() - windowMs;
    const kept = (failures.get(address) ?? []).filter((t) => t > since);
    if (kept.length === 0) failures.delete(address);
    else failures.set(address, kept);
    return kept;
  };
  return {
    /** Milliseconds until this address may try again; 0 when it may try now. */
    retryAfter(address: string): number {
      const kept = recent(address);
      return kept.length >= maxFailures ? kept[kept.length - maxFailures]! + windowMs - now() : 0;
    },
    fail(address: string): void {
      failures.set(address, [...recent(address), now()]);
    },
    clear: () => failures.clear(),
  };
}
export type GuessLimiter = ReturnType<typeof createGuessLimiter>;
