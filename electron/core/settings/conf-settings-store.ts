import Conf from 'conf';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';
import type { SettingsStore } from './settings-store.ts';

export const SETTINGS_FILE = 'settings.json';

/**
 * Moves an unreadable or invalid settings file aside (never over an earlier backup) so the app starts with
 * defaults and nobody loses the evidence. Returns the backup path, or null when the file was fine or absent.
 */
export function quarantineBadSettings(dir: string, now: () => Date = () => new Date()): string | null {
  const file = join(dir, SETTINGS_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (settingsSchema.partial().safeParse(parsed).success) return null;
  } catch {
    // unreadable JSON: quarantined below
  }
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  let backup = join(dir, `${SETTINGS_FILE}.corrupt-${stamp}`);
  for (let n = 1; existsSync(backup); n++) backup = join(dir, `${SETTINGS_FILE}.corrupt-${stamp}-${n}`);
  renameSync(file, backup);
  return backup;
}

export function createConfSettingsStore(dir: string): SettingsStore {
  const resetBackup = quarantineBadSettings(dir);
  const conf = new Conf<Settings>({ cwd: dir, configName: 'settings', defaults: DEFAULT_SETTINGS });
  return {
    get: () => settingsSchema.parse({ ...DEFAULT_SETTINGS, ...conf.store }),
    set: (next) => {
      conf.store = next;
    },
    resetBackup,
  };
}
