import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedElectron } from '../../electron/cli/electron-runtime.ts';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { CHANNEL_NAMES } from '../../electron/shared/channel-names.ts';

const installed = installedElectron();
const binary = installed
  ? { path: installed }
  : { missing: 'the Electron runtime is not installed (its download needs GitHub, unreachable from this machine)' };

test.describe('the Electron shell', () => {
  test.skip(
    'missing' in binary,
    `Skipped: ${'missing' in binary ? binary.missing : ''}; this machine cannot download it.`,
  );

  test('opens a sandboxed window with no Node in the page, whose preload exposes exactly the contract, and better-sqlite3 loads', async () => {
    const data = mkdtempSync(join(tmpdir(), 'rian-electron-'));
    const app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: [PROJECT_ROOT, `--data=${data}`],
    });
    try {
      const page = await app.firstWindow();
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url).toMatch(/^app:\/\/rian\//);
      const surface = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        areas: Object.keys(globalThis.window.lms ?? {}).sort(),
      }));
      expect(surface).toEqual({
        require: 'undefined',
        process: 'undefined',
        areas: [...new Set(CHANNEL_NAMES.map((c) => c.split('.')[0]))].sort(),
      });
      const status = await page.evaluate(() => globalThis.window.lms!.app.status({}));
      expect(status).toMatchObject({ ok: true, data: { problem: null } });
      await page.evaluate(() => globalThis.window.open('https://example.org'));
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
