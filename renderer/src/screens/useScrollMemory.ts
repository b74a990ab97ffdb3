import { useEffect, useRef } from 'react';
import { lms } from '../api/lms-client.ts';

/**
 * Restores the reading position once the lesson is on screen and saves it (as a fraction of the page, so it
 * survives a language switch or a window resize) shortly after the learner stops scrolling.
 */
export function useScrollMemory(courseId: string, lessonId: string, restoreTo: number | null, isReady: boolean) {
  const restored = useRef(false);
  useEffect(() => {
    restored.current = false;
  }, [courseId, lessonId]);

  useEffect(() => {
    if (!isReady || restored.current) return;
    restored.current = true;
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo({ top: restoreTo && max > 0 ? restoreTo * max : 0 });
  }, [isReady, restoreTo]);

  useEffect(() => {
    if (!isReady) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      const scroll = max > 0 ? Math.min(1, Math.max(0, window.scrollY / max)) : 0;
      void lms.progress.saveScroll({ courseId, lessonId, scroll }).catch(() => undefined);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [courseId, lessonId, isReady]);
}
