import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron's `app.getPath('userData')` gives for "Rian", so both modes share one data set. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.RIAN_DATA_DIR) return env.RIAN_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rian');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rian');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Rian');
}

export const DATABASE_FILE = 'rian.sqlite';
