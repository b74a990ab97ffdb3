import { useEffect, useState } from 'react';

/** Seconds left until the deadline, ticking once a second; null without a deadline. */
export function useCountdown(deadline: string | null, onExpire: () => void): number | null {
  const [left, setLeft] = useState<number | null>(() =>
    deadline ? Math.max(0, Math.round((new Date(deadline).getTime() - Date.now()) / 1000)) : null,
  );
  useEffect(() => {
    if (!deadline) return;
    const tick = () => {
      const seconds = Math.max(0, Math.round((new Date(deadline).getTime() - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) onExpire();
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, onExpire]);
  return left;
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
