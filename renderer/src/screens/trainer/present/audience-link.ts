import { z } from 'zod';
import { languageSchema } from '../../../../../electron/shared/bilingual.ts';
import { presentLessonSchema } from '../../../../../electron/shared/present.ts';
import { routeHash } from '../../../app/route.ts';
import { languagesSchema } from './languages.ts';

/**
 * The presenter's window and the audience window (on the projector) talk over a same-origin BroadcastChannel: the
 * presenter sends what to show, the audience window says when it opens and closes and passes on the keys pressed
 * in it. The audience window never calls the backend, so it needs no trainer session of its own.
 */
export const PRESENT_CHANNEL = 'rian-present';

const audienceViewSchema = z.strictObject({
  lesson: presentLessonSchema,
  index: z.number().int().min(0),
  languages: languagesSchema,
  uiLanguage: languageSchema,
});
export type AudienceView = z.infer<typeof audienceViewSchema>;

const messageSchema = z.discriminatedUnion('type', [
  /** Presenter → audience windows: say whether you are there. */
  z.strictObject({ type: z.literal('who') }),
  /** Audience → presenter: open (and asking for the view). */
  z.strictObject({ type: z.literal('hello') }),
  /** Audience → presenter: closing. */
  z.strictObject({ type: z.literal('bye') }),
  /** Audience → presenter: a navigation key pressed on the projector's window. */
  z.strictObject({ type: z.literal('key'), key: z.string().max(20) }),
  /** Presenter → audience: show this. */
  z.strictObject({ type: z.literal('view'), view: audienceViewSchema }),
  /** Presenter → audience: presenting has ended. */
  z.strictObject({ type: z.literal('end') }),
]);
export type PresentMessage = z.infer<typeof messageSchema>;

/** Messages are checked like any input: a malformed one is ignored. */
export function readMessage(data: unknown): PresentMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

// The audience window belongs to this browser window, not to one lesson's screen, so it outlives lesson changes.
let audienceWindow: Window | null = null;

/** Opens (or brings forward) the audience window at the in-app audience route; the Electron shell allows only this. */
export function openAudienceWindow(courseId: string, lessonId: string): void {
  const url = new URL(routeHash({ name: 'presentAudience', courseId, lessonId }), location.href).href;
  audienceWindow = window.open(url, 'rian-audience', 'popup,width=1280,height=720') ?? audienceWindow;
  audienceWindow?.focus();
}

export function closeAudienceWindow(): void {
  audienceWindow?.close();
  audienceWindow = null;
}

/** True once a window this one opened has been closed (a tab opened by hand says "bye" instead). */
export function audienceWindowWasClosed(): boolean {
  return audienceWindow?.closed ?? false;
}
