import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventRepository } from '../../electron/core/repositories/event-repository.ts';
import { tempDir } from '../support/temp.ts';

const KILLS = 25;
const t = tempDir('rian-crash-');
afterAll(() => t.cleanup());
const file = join(t.dir, 'rian.sqlite');

/** Runs the writer, waits until it has acknowledged some events, then kills it with SIGKILL at a random moment. */
function writeThenKill(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '../support/event-writer.ts'), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let partial = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      acked.push(...lines);
      if (!armed && acked.length > 0) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 250);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged event and a sound database across ${KILLS} SIGKILLs at random points`, async () => {
    const allAcked: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      allAcked.push(...(await writeThenKill()));
      const db = new Database(file);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM events WHERE id = ?');
      const missing = allAcked.filter((id) => present.get(id)!.n !== 1);
      expect(missing).toEqual([]);
      db.close();
    }
    expect(allAcked.length).toBeGreaterThan(KILLS);

    const db = new Database(file);
    const snapshot = () => db.prepare('SELECT * FROM lesson_completions ORDER BY course_id, lesson_id').all();
    const before = snapshot();
    createEventRepository(db).rebuildRollups();
    expect(snapshot()).toEqual(before);
    db.close();
  });
});
