import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../electron/core/settings/conf-settings-store.ts';
import { tempDir } from '../support/temp.ts';

let cleanup = () => {};
afterEach(() => cleanup());
function dir(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

describe('settings', () => {
  it('start with defaults and remember changes in settings.json', () => {
    const d = dir();
    const store = createConfSettingsStore(d);
    expect(store.get()).toEqual({ language: null, lastProfileId: null });
    store.set({ ...store.get(), language: 'th' });
    expect(createConfSettingsStore(d).get().language).toBe('th');
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8'))).toMatchObject({ language: 'th' });
  });

  it('fall back to defaults when the file is corrupt, keeping the bad file aside', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), '{"language": "th",');
    const store = createConfSettingsStore(d);
    expect(store.get().language).toBeNull();
    expect(store.resetBackup).not.toBeNull();
    expect(readFileSync(store.resetBackup!, 'utf8')).toBe('{"language": "th",');
  });

  it('treat a well-formed file with invalid values as corrupt too', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ language: 'klingon' }));
    const store = createConfSettingsStore(d);
    expect(store.get().language).toBeNull();
    expect(store.resetBackup).toMatch(/settings\.json\.corrupt-/);
  });

  it('never overwrite an earlier backup of a bad file', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), 'first bad');
    createConfSettingsStore(d);
    writeFileSync(join(d, 'settings.json'), 'second bad');
    createConfSettingsStore(d);
    const backups = readdirSync(d).filter((f) => f.startsWith('settings.json.corrupt-'));
    expect(backups.map((f) => readFileSync(join(d, f), 'utf8')).sort()).toEqual(['first bad', 'second bad']);
    expect(existsSync(join(d, 'settings.json'))).toBe(true);
  });
});
