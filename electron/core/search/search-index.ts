import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LANGUAGES, type Language } from '../../shared/bilingual.ts';
import type { SearchResult } from '../../shared/search.ts';
import type { CourseLibrary } from '../courses/course-library.ts';
import { packageFingerprint } from '../courses/package-cache.ts';
import { makeSnippet, markdownToPlainText, segmentWords } from './text.ts';

/** Bump when what is indexed, or how, changes. */
const INDEX_FORMAT = 2;

type Doc = {
  kind: SearchResult['kind'];
  courseId: string;
  refId: string;
  language: Language;
  title: string;
  text: string;
};
type DocRow = {
  kind: SearchResult['kind'];
  course_id: string;
  ref_id: string;
  language: Language;
  title: string;
  text: string;
};

function documents(library: CourseLibrary): Doc[] {
  const docs: Doc[] = [];
  for (const pkg of library.courses) {
    const courseId = pkg.manifest.id;
    for (const mod of pkg.manifest.modules) {
      for (const lesson of mod.lessons) {
        const content = library.lesson(courseId, lesson.id);
        for (const language of LANGUAGES) {
          const text = markdownToPlainText(content.markdown[language]);
          docs.push({ kind: 'lesson', courseId, refId: lesson.id, language, title: lesson.title[language], text });
        }
      }
    }
    for (const term of pkg.glossary?.terms ?? []) {
      for (const language of LANGUAGES) {
        const other = language === 'th' ? term.en : term.th;
        docs.push({
          kind: 'glossary',
          courseId,
          refId: term.id,
          language,
          title: term[language],
          text: `${other} — ${term.definition[language]}`,
        });
      }
    }
    for (const [quizId, quiz] of pkg.quizzes) {
      for (const language of LANGUAGES) {
        const topics = [...new Set(quiz.questions.map((q) => q.topic[language]))];
        docs.push({
          kind: 'topic',
          courseId,
          refId: quizId,
          language,
          title: quiz.title[language],
          text: topics.join(' · '),
        });
      }
    }
  }
  return docs;
}

/** What the index was built from: every package's files, the format, and the ICU data that segments Thai. */
function indexKey(library: CourseLibrary): string {
  const hash = createHash('sha256').update(
    `${INDEX_FORMAT}/${process.versions.icu ?? ''}/${process.versions.unicode ?? ''}`,
  );
  for (const pkg of library.courses) hash.update(`${pkg.manifest.id}:${packageFingerprint(pkg.dir)}\n`);
  return hash.digest('hex');
}

/**
 * Full-text search over lessons, glossaries and quiz topics in both languages, in its own SQLite file (a cache:
 * course content is never copied into the learner database). FTS5's default tokenizer splits Thai at vowel and
 * tone marks, so text is pre-segmented into words and indexed with unicode61 keeping marks (M*) inside tokens.
 */
export function openSearchIndex(file: string, library: CourseLibrary) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS docs (
      id INTEGER PRIMARY KEY, kind TEXT NOT NULL, course_id TEXT NOT NULL, ref_id TEXT NOT NULL,
      language TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL
    ) STRICT;
    CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, tokenize = "unicode61 categories 'L* N* Co M*'");
  `);

  const key = indexKey(library);
  const stored = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'index_key'").get();
  if (stored?.value !== key) {
    const insertDoc = db.prepare(
      'INSERT INTO docs (id, kind, course_id, ref_id, language, title, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertFts = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
    db.transaction(() => {
      db.exec('DELETE FROM docs; DELETE FROM fts;');
      documents(library).forEach((d, i) => {
        insertDoc.run(i + 1, d.kind, d.courseId, d.refId, d.language, d.title, d.text);
        insertFts.run(i + 1, segmentWords(d.title).join(' '), segmentWords(d.text).join(' '));
      });
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('index_key', ?)").run(key);
    })();
  }

  const search = db.prepare<[string, number], DocRow>(
    `SELECT docs.kind, docs.course_id, docs.ref_id, docs.language, docs.title, docs.text
     FROM fts JOIN docs ON docs.id = fts.rowid
     WHERE fts MATCH ? ORDER BY bm25(fts, 5.0, 1.0) LIMIT ?`,
  );

  return {
    /** Every word must match; the last may be a prefix, so results come while typing. */
    query(text: string, limit = 30): SearchResult[] {
      const words = segmentWords(text);
      if (words.length === 0) return [];
      const match = words
        .map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`)
        .join(' AND ');
      return search.all(match, limit).map((row) => ({
        kind: row.kind,
        courseId: row.course_id,
        refId: row.ref_id,
        language: row.language,
        title: row.title,
        snippet: makeSnippet(row.text, words),
      }));
    },
    close: () => db.close(),
  };
}
export type SearchIndex = ReturnType<typeof openSearchIndex>;
