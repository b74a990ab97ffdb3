import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createBackend } from '../core/backend.ts';
import { classroomDoorOptions } from '../server/classroom-door.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { openIpcDoor } from './ipc-door.ts';
import { createPrintToPdfRenderer } from './print-to-pdf.ts';
import { createSafeStorageKeyVault } from './safe-storage-vault.ts';
import { createMainWindow, lockDownSession, lockDownWebContents } from './secure-window.ts';
import { createElectronSettingsStore } from './settings-store.ts';

registerAppScheme();

/** `--data DIR` or `--data=DIR` (as for `rian serve`), else RIAN_DATA_DIR, else Electron's user-data folder. */
function dataDirOption(argv: string[]): string | undefined {
  const index = argv.findIndex((a) => a === '--data' || a.startsWith('--data='));
  const arg =
    index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.slice('--data='.length) : argv[index + 1];
  return arg ?? process.env.RIAN_DATA_DIR;
}
const dataDirOverride = dataDirOption(process.argv);
if (dataDirOverride) app.setPath('userData', dataDirOverride);

if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));

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
      keyVault: createSafeStorageKeyVault(join(dataDir, 'keys', 'issuer-key.enc')),
      pdfRenderer: createPrintToPdfRenderer(),
      ...classroomDoorOptions(join(appRoot, 'dist', 'renderer')),
    });
    app.on('will-quit', () => backend.close());
    lockDownSession();
    serveRenderer(join(appRoot, 'dist', 'renderer'));
    openIpcDoor(backend.dispatch);
    // The hidden PDF window must not keep the app alive once the learner closes the main window.
    createMainWindow(join(appRoot, 'dist', 'electron')).on('closed', () => app.quit());
  } catch (error) {
    dialog.showErrorBox('Rian could not start / เปิด Rian ไม่สำเร็จ', String((error as Error).stack ?? error));
    app.exit(1);
  }
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
