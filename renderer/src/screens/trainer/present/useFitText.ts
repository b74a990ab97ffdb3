import { useLayoutEffect, type RefObject } from 'react';

const SMALLEST = 0.55;

/**
 * Shrinks a slide's type (the `--fit` factor, 1 down to 0.55) until its content fits its box, so a long slide, or two
 * languages side by side, is never cut off at the bottom. Runs again when the box resizes, fonts load or an image
 * arrives.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => {
      let scale = 1;
      box.style.setProperty('--fit', '1');
      const overflows = () => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
      while (scale > SMALLEST && overflows()) {
        scale = Math.round((scale - 0.05) * 100) / 100;
        box.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    void document.fonts.ready.then(fit);
    box.addEventListener('load', fit, true);
    return () => {
      observer.disconnect();
      box.removeEventListener('load', fit, true);
    };
  }, [ref, content]);
}
