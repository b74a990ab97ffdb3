import type { Settings } from '../../shared/settings.ts';

/** Where preferences live: electron-store in the app, a `conf` file of the same format elsewhere. */
export type SettingsStore = {
  get(): Settings;
  set(next: Settings): void;
  /** Path the unreadable settings file was moved to at start-up, if it was. */
  readonly resetBackup: string | null;
};
