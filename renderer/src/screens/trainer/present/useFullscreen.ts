import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * The Fullscreen API on one element (a projector shows only it). The element must stay mounted across lessons or
 * questions: removing the fullscreen element would drop the room out of full screen.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [isFullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () =>
      setFullscreen(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, or a shell that does not allow it) leaves the view as it is.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void ref.current?.requestFullscreen().catch(() => {});
  }, [ref]);
  return { isFullscreen, toggle };
}
