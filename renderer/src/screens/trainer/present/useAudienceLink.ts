import { useCallback, useEffect, useRef, useState } from 'react';
import {
  audienceWindowWasClosed,
  closeAudienceWindow,
  openAudienceWindow,
  PRESENT_CHANNEL,
  readMessage,
  type AudienceView,
  type PresentMessage,
} from './audience-link.ts';

/**
 * The presenter's side of the link: whether an audience window is showing, keeping it in step with `view`, and
 * handing keys pressed over there to `onKey`. While one is connected the presenter's window becomes the console.
 */
export function useAudienceLink(view: AudienceView | null, onKey: (key: string) => void) {
  const [isConnected, setConnected] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ view, onKey });
  useEffect(() => {
    latest.current = { view, onKey };
  });

  useEffect(() => {
    const link = new BroadcastChannel(PRESENT_CHANNEL);
    channel.current = link;
    const send = (message: PresentMessage) => link.postMessage(message);
    link.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === 'hello') {
        setConnected(true);
        if (latest.current.view) send({ type: 'view', view: latest.current.view });
      } else if (message?.type === 'bye') setConnected(false);
      else if (message?.type === 'key') latest.current.onKey(message.key);
    };
    // An audience window left open from an earlier lesson answers and is picked up again.
    send({ type: 'who' });
    const poll = setInterval(() => {
      if (audienceWindowWasClosed()) setConnected(false);
    }, 1000);
    return () => {
      clearInterval(poll);
      link.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (view && isConnected) channel.current?.postMessage({ type: 'view', view } satisfies PresentMessage);
  }, [view, isConnected]);

  const open = useCallback(() => {
    if (view) openAudienceWindow(view.lesson.courseId, view.lesson.lessonId);
  }, [view]);
  const close = useCallback(() => {
    channel.current?.postMessage({ type: 'end' } satisfies PresentMessage);
    closeAudienceWindow();
    setConnected(false);
  }, []);
  return { isConnected, open, close };
}
