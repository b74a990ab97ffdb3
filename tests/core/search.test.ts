import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, SOMSRI, type TestBackend } from '../support/backend.ts';
import { coursesFixture, SAMPLE_COURSE, tempDir } from '../support/temp.ts';

let backend: TestBackend;
let cleanup = () => {};
beforeAll(async () => {
  const t = tempDir();
  backend = startBackend(t.dir, coursesFixture(t.dir));
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
  await backend.call('profiles.create', SOMSRI);
});
afterAll(() => cleanup());

const search = (text: string) => backend.call('search.query', { text });

describe('search across courses', () => {
  it('finds a Thai word from the middle of a Thai sentence (where unicode61 alone cannot)', async () => {
    const { results } = await search('อารมณ์');
    const hit = results.find(
      (r) => r.kind === 'lesson' && r.refId === 'm2-l1-phishing-and-scams' && r.language === 'th',
    );
    expect(hit).toBeDefined();
    expect(hit!.snippet.some((p) => p.isHit && p.text === 'อารมณ์')).toBe(true);

    const plain = new Database(':memory:');
    plain.exec('CREATE VIRTUAL TABLE t USING fts5(body)');
    plain.prepare('INSERT INTO t VALUES (?)').run('มิจฉาชีพอาศัยอารมณ์มากกว่าเทคโนโลยี');
    expect(plain.prepare('SELECT count(*) AS n FROM t WHERE t MATCH \'"อารมณ์"\'').get()).toEqual({ n: 0 });
    plain.close();
  });

  it('finds English lessons and glossary terms, ranking title matches first', async () => {
    const { results } = await search('passphrase');
    expect(
      results
        .slice(0, 2)
        .map((r) => `${r.kind}:${r.refId}`)
        .sort(),
    ).toEqual(['glossary:passphrase', 'lesson:m1-l1-passphrases-password-managers']);
    const glossary = await search('MFA');
    expect(glossary.results.some((r) => r.kind === 'glossary' && r.courseId === SAMPLE_COURSE)).toBe(true);
  });

  it('matches while typing (prefix of the last word) and needs every word', async () => {
    expect((await search('passphr')).results.length).toBeGreaterThan(0);
    expect((await search('passphrase zzzqqq')).results).toEqual([]);
  });

  it('shows the original text in snippets, never the segmented one', async () => {
    const { results } = await search('อารมณ์');
    for (const r of results) expect(r.snippet.map((p) => p.text).join('')).not.toMatch(/มิจฉาชีพ อาศัย/);
  });

  it('treats FTS5 syntax in a query as plain words', async () => {
    for (const text of ['"', 'NEAR(', 'a OR', '*', 'title:x', "'; DROP TABLE docs; --"]) {
      const result = await backend.raw('search.query', { text });
      expect(result.ok).toBe(true);
    }
  });
});

describe('the search index', () => {
  it('is rebuilt when course content changes', async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const t = tempDir();
    const courses = coursesFixture(t.dir);
    let b = startBackend(t.dir, courses);
    await b.call('profiles.create', SOMSRI);
    expect((await b.call('search.query', { text: 'ตะไคร้หอม' })).results).toEqual([]);
    b.close();
    const file = join(courses, SAMPLE_COURSE, 'lessons', 'm1-l1-passphrases-password-managers.th.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nตัวอย่างวลีรหัสผ่าน เช่น ตะไคร้หอมริมรั้ว\n`);
    b = startBackend(t.dir, courses);
    await b.call('session.resume', {});
    expect((await b.call('search.query', { text: 'ตะไคร้หอม' })).results[0]).toMatchObject({
      refId: 'm1-l1-passphrases-password-managers',
    });
    b.close();
    t.cleanup();
  });
});
