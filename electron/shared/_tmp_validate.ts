// Temporary authoring check for helpers (removed once `rian courses check` exists).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { courseManifestSchema, quizSchema, glossarySchema } from './course-package.ts';

const dir = process.argv[2]!;
const problems: string[] = [];
const manifest = courseManifestSchema.safeParse(parse(readFileSync(join(dir, 'course.yaml'), 'utf8')));
if (!manifest.success) {
  console.log(JSON.stringify(manifest.error.issues, null, 1));
  process.exit(1);
}
const m = manifest.data;
const words = (s: string, lang: string) => {
  const text = s.replace(/[#>*|`\-\[\]()!_]/g, ' ');
  if (lang === 'th') {
    let n = 0;
    for (const seg of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) if (seg.isWordLike) n++;
    return n;
  }
  return text.split(/\s+/).filter(Boolean).length;
};
let lessons = 0;
for (const mod of m.modules)
  for (const l of mod.lessons) {
    lessons++;
    for (const lang of ['th', 'en']) {
      const f = join(dir, 'lessons', `${l.id}.${lang}.md`);
      if (!existsSync(f)) {
        problems.push(`missing ${f}`);
        continue;
      }
      const text = readFileSync(f, 'utf8');
      const w = words(text, lang);
      if (w < 350) problems.push(`${f}: only ${w} words`);
      for (const a of text.matchAll(/\]\((assets\/[^)\s]+)\)/g))
        if (!existsSync(join(dir, a[1]!))) problems.push(`${f}: missing asset ${a[1]}`);
      console.log(`${f}: ${w} words`);
    }
  }
const quizIds = [...m.modules.map((x) => x.quiz).filter(Boolean), m.finalExam].filter(Boolean) as string[];
for (const q of quizIds) {
  const f = join(dir, 'quizzes', `${q}.yaml`);
  if (!existsSync(f)) {
    problems.push(`missing ${f}`);
    continue;
  }
  const r = quizSchema.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success) problems.push(`${f}: ${JSON.stringify(r.error.issues)}`);
  else {
    const types: Record<string, number> = {};
    for (const qq of r.data.questions) types[qq.type] = (types[qq.type] ?? 0) + 1;
    console.log(`${f}: ${r.data.questions.length} questions ${JSON.stringify(types)}`);
    for (const qq of r.data.questions) {
      const subs = qq.type === 'scenario' ? qq.questions : [qq];
      for (const s of subs) {
        if (s.type === 'single' && !s.options.some((o) => o.id === s.answer))
          problems.push(`${f}: ${s.id} answer not an option`);
        if (s.type === 'multiple' && !s.answer.every((a) => s.options.some((o) => o.id === a)))
          problems.push(`${f}: ${s.id} answer not an option`);
      }
    }
  }
}
if (existsSync(join(dir, 'glossary.yaml'))) {
  const g = glossarySchema.safeParse(parse(readFileSync(join(dir, 'glossary.yaml'), 'utf8')));
  if (!g.success) problems.push(`glossary: ${JSON.stringify(g.error.issues)}`);
}
if (existsSync(join(dir, 'assets')))
  for (const a of readdirSync(join(dir, 'assets'))) {
    let used = false;
    for (const mod of m.modules)
      for (const l of mod.lessons)
        for (const lang of ['th', 'en']) {
          const f = join(dir, 'lessons', `${l.id}.${lang}.md`);
          if (existsSync(f) && readFileSync(f, 'utf8').includes(`assets/${a}`)) used = true;
        }
    if (!used) problems.push(`asset ${a} not referenced`);
  }
console.log(`${m.modules.length} modules, ${lessons} lessons`);
console.log(problems.length ? problems.join('\n') : 'OK');
process.exit(problems.length ? 1 : 0);
