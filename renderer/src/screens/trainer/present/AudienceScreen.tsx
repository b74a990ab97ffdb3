import { useEffect, useRef, useState, type RefObject } from 'react';
import { routeHash } from '../../../app/route.ts';
import { I18nProvider, useI18n } from '../../../i18n/i18n.tsx';
import { PRESENT_CHANNEL, readMessage, type AudienceView, type PresentMessage } from './audience-link.ts';
import { NEXT_KEYS, PREVIOUS_KEYS } from './deck-keys.ts';
import { SlideView } from './SlideView.tsx';
import { useFullscreen } from './useFullscreen.ts';

/** Keys pressed on the projector's window that the presenter's window should act on. */
const FORWARDED = new Set([...NEXT_KEYS, ...PREVIOUS_KEYS, 'Home', 'End', 't', 'e', 'b']);

/**
 * The audience window, dragged onto the projector: only the current slide, exactly as the presenter's window sends
 * it (never the facilitator notes, which stay on the trainer's screen). It calls no backend at all.
 */
export function AudienceScreen() {
  const { language } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { isFullscreen, toggle } = useFullscreen(root);
  const [view, setView] = useState<AudienceView | null>(null);
  const [hasEnded, setEnded] = useState(false);

  useEffect(() => {
    const link = new BroadcastChannel(PRESENT_CHANNEL);
    const send = (message: PresentMessage) => link.postMessage(message);
    link.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === 'who') send({ type: 'hello' });
      else if (message?.type === 'view') {
        setView(message.view);
        setEnded(false);
        // Keep the address in step, so reloading this window shows the lesson being presented.
        const { courseId, lessonId } = message.view.lesson;
        history.replaceState(null, '', routeHash({ name: 'presentAudience', courseId, lessonId }));
      } else if (message?.type === 'end') {
        setEnded(true);
        window.close();
      }
    };
    send({ type: 'hello' });
    const goodbye = () => send({ type: 'bye' });
    window.addEventListener('pagehide', goodbye);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key === 'f') toggle();
      else if (FORWARDED.has(key)) send({ type: 'key', key });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      goodbye();
      window.removeEventListener('pagehide', goodbye);
      window.removeEventListener('keydown', onKey);
      link.close();
    };
  }, [toggle]);

  return (
    <I18nProvider language={view?.uiLanguage ?? language}>
      <AudienceStage root={root} view={view} hasEnded={hasEnded} isFullscreen={isFullscreen} onFullscreen={toggle} />
    </I18nProvider>
  );
}

type AudienceStageProps = {
  root: RefObject<HTMLElement | null>;
  view: AudienceView | null;
  hasEnded: boolean;
  isFullscreen: boolean;
  onFullscreen(): void;
};

function AudienceStage({ root, view, hasEnded, isFullscreen, onFullscreen }: AudienceStageProps) {
  const { t } = useI18n();
  const p = t.present;
  return (
    <main id="main" ref={root} className="audience" aria-label={p.audienceLabel}>
      {view && !hasEnded ? (
        <SlideView lesson={view.lesson} index={view.index} languages={view.languages} />
      ) : (
        <p className="audience-waiting">{hasEnded ? p.audienceEnded : p.audienceWaiting}</p>
      )}
      {!isFullscreen && (
        <button type="button" className="audience-fullscreen" onClick={onFullscreen}>
          {p.fullscreen}
        </button>
      )}
    </main>
  );
}
