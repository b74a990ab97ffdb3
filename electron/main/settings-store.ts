import Store from 'electron-store';
import { quarantineBadSettings } from '../core/settings/conf-settings-store.ts';
import type { SettingsStore } from '../core/settings/settings-store.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../shared/settings.ts';

/** electron-store writes the same `settings.json` that `rian serve` reads through conf. */
export function createElectronSettingsStore(dataDir: string): SettingsStore {
  const resetBackup = quarantineBadSettings(dataDir);
  const store = new Store<Settings>({ cwd: dataDir, name: 'settings', defaults: DEFAULT_SETTINGS });
  return {
    get: () => settingsSchema.parse({ ...DEFAULT_SETTINGS, ...store.store }),
    set: (next) => {
      store.store = next;
    },
    resetBackup,
  };
}
