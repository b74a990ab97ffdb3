import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createBackend } from '../core/backend.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.ts';
import { openIpcDoor } from './ipc-door.ts';
import { createMainWindow, lockDownSession } from './secure-window.ts';
import { createElectronSettingsStore } from './settings-store.ts';

registerAppScheme();

const dataDirArg = process.argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
if (dataDirArg ?? process.env.RIAN_DATA_DIR) app.setPath('userData', dataDirArg ?? process.env.RIAN_DATA_DIR!);

if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
});

void app.whenReady().then(() => {
  try {
    const dataDir = app.getPath('userData');
    const appRoot = app.getAppPath();
    const coursesDir = app.isPackaged ? join(process.resourcesPath, 'courses') : join(appRoot, 'courses');
    const backend = createBackend({
      dataDir,
      coursesDir,
      settings: createElectronSettingsStore(dataDir),
      appVersion: app.getVersion(),
    });
    app.on('will-quit', () => backend.close());
    lockDownSession();
    serveRenderer(join(appRoot, 'dist', 'renderer'));
    openIpcDoor(backend.dispatch);
    createMainWindow(join(appRoot, 'dist', 'electron'));
  } catch (error) {
    dialog.showErrorBox('Rian could not start / เปิด Rian ไม่สำเร็จ', String((error as Error).stack ?? error));
    app.exit(1);
  }
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
