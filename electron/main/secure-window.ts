import { BrowserWindow, session, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './app-protocol.ts';

/** Only plain web links leave the app, and only to the system browser. */
export function openExternalSafely(raw: string): void {
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') void shell.openExternal(url.toString());
  } catch {
    // not a URL: ignored
  }
}

/** An address of the app's own pages (`app://rian/…`); URL.origin is "null" for a custom scheme in Node, so not used. */
function isAppUrl(url: URL): boolean {
  return `${url.protocol}//${url.host}` === APP_ORIGIN;
}

/**
 * The presenter's audience window, `app://rian/#/present-audience/<course>/<lesson>`, is the one page that may open
 * as a second window: the trainer drags it onto the projector while the facilitator notes stay on their own screen.
 */
export function isAudienceWindowUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return isAppUrl(url) && url.pathname === '/' && !url.search && /^#\/present-audience\/[^/]+\/[^/]+$/.test(url.hash);
  } catch {
    return false;
  }
}

/**
 * As locked down as the main window, and without the preload: the audience window shows only what the presenter's
 * window sends it over a BroadcastChannel and never calls the backend, so it gets no `window.lms` at all.
 */
const AUDIENCE_WINDOW: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 720,
  autoHideMenuBar: true,
  title: 'Rian — เรียน',
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  },
};

/** Every web contents, present and future: no navigation away from the app, no new windows but one, no webviews. */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAudienceWindowUrl(url)) return { action: 'allow', overrideBrowserWindowOptions: AUDIENCE_WINDOW };
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Every permission is refused except full screen for the app's own pages, which presenter mode needs. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(
      permission === 'fullscreen' && URL.canParse(details.requestingUrl) && isAppUrl(new URL(details.requestingUrl)),
    );
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow(preloadDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Rian — เรียน',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}
