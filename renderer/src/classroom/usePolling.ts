import { useEffect, useRef } from 'react';

/**
 * Calls `tick` now and then every `ms` after the previous call settles, so a slow answer never stacks calls up;
 * stops on unmount.
 */
export function usePolling(tick: () => Promise<unknown>, ms: number, isActive = true): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!isActive) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const run = () =>
      void latest
        .current()
        .catch(() => {})
        .finally(() => {
          if (!isStopped) timer = setTimeout(run, ms);
        });
    run();
    return () => {
      isStopped = true;
      clearTimeout(timer);
    };
  }, [ms, isActive]);
}
