import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

const ELECTRON_DIR = join(PROJECT_ROOT, 'node_modules', 'electron');
const FAILED_MARKER = join(PROJECT_ROOT, 'node_modules', '.cache', 'rian', 'electron-fetch-failed');
const RETRY_AFTER_MS = 6 * 60 * 60 * 1000;
const FETCH_TIMEOUT_MS = 45_000;

/**
 * The Electron binary's path when the runtime is installed, found without `require('electron')` (which would
 * start a download when it is missing).
 */
export function installedElectron(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_DIR, 'dist');
  const binary = join(base, relative);
  return existsSync(binary) ? binary : null;
}

/**
 * Tries once to fetch the runtime with Electron's own installer, quietly and with a time limit. An offline machine
 * answers quickly; a failure is remembered for a few hours so every start does not wait on it again.
 */
export async function fetchElectronRuntime(): Promise<string | null> {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || !existsSync(join(ELECTRON_DIR, 'install.js'))) return null;
  if (existsSync(FAILED_MARKER) && Date.now() - statSync(FAILED_MARKER).mtimeMs < RETRY_AFTER_MS) return null;
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(process.execPath, [join(ELECTRON_DIR, 'install.js')], { cwd: ELECTRON_DIR, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), FETCH_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
    child.on('error', () => resolve(false));
  });
  const binary = ok ? installedElectron() : null;
  if (!binary) {
    mkdirSync(dirname(FAILED_MARKER), { recursive: true });
    writeFileSync(FAILED_MARKER, new Date().toISOString());
  }
  return binary;
}
