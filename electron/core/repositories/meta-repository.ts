import type Database from 'better-sqlite3';

export function createMetaRepository(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const insert = db.prepare<[string, string]>('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  return {
    /** Returns the stored value, storing `create()` first when the key is new. */
    getOrCreate(key: string, create: () => string): string {
      const existing = get.get(key);
      if (existing) return existing.value;
      insert.run(key, create());
      return get.get(key)!.value;
    },
  };
}
