import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import type { PackageProblem } from '../../shared/catalog.ts';
import {
  courseManifestSchema,
  glossarySchema,
  quizSchema,
  type CourseManifest,
  type Glossary,
  type Quiz,
} from '../../shared/course-package.ts';
import { LANGUAGES } from '../../shared/bilingual.ts';
import { problemsFromZod } from './package-problems.ts';
import { checkQuizIntegrity } from './quiz-integrity.ts';

export type CoursePackage = {
  dir: string;
  manifest: CourseManifest;
  quizzes: Map<string, Quiz>;
  glossary: Glossary | null;
};

export type PackageReadResult =
  | { ok: true; pkg: CoursePackage }
  | { ok: false; problems: PackageProblem[] };

const ASSET_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};
const ASSET_REF = /\]\((assets\/[^)\s]+)(?:\s+"[^"]*")?\)/g;
const MAX_ASSET_BYTES = 5 * 1024 * 1024;

export function assetMimeType(file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : ASSET_TYPES[file.slice(dot).toLowerCase()];
}

export function lessonFile(dir: string, lessonId: string, language: string): string {
  return join(dir, 'lessons', `${lessonId}.${language}.md`);
}

export function assetReferences(markdown: string): string[] {
  return [...markdown.matchAll(ASSET_REF)].map((m) => m[1]!);
}

/** Resolves `assets/<file>` inside the package, or returns null when it would leave the package or is not a file. */
export function resolveAsset(dir: string, ref: string): string | null {
  if (!ref.startsWith('assets/') || ref.includes('\\') || ref.includes('\0')) return null;
  const root = realpathSync(resolve(dir, 'assets'));
  const target = resolve(dir, ref);
  if (!existsSync(target)) return null;
  const real = realpathSync(target);
  if (!real.startsWith(root + sep) || !statSync(real).isFile()) return null;
  return real;
}

function readYaml(dir: string, file: string, problems: PackageProblem[]): unknown {
  const full = join(dir, file);
  if (!existsSync(full)) {
    problems.push({ file, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  try {
    return parseYaml(readFileSync(full, 'utf8'), { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    const message = error instanceof YAMLException ? error.message.split('\n')[0]! : String(error);
    problems.push({ file, path: '(file)', message: `not valid YAML: ${message}` });
    return undefined;
  }
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Reads and fully validates one package folder, collecting every problem rather than stopping at the first. */
export function readCoursePackage(dir: string): PackageReadResult {
  const problems: PackageProblem[] = [];
  const raw = readYaml(dir, 'course.yaml', problems);
  if (raw === undefined) return { ok: false, problems };
  const parsed = courseManifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromZod('course.yaml', parsed.error) };
  const manifest = parsed.data;

  const folder = dir.split(sep).pop();
  if (folder !== manifest.id) {
    problems.push({ file: 'course.yaml', path: 'id', message: `id "${manifest.id}" must match the folder "${folder}"` });
  }
  const lessonIds = manifest.modules.flatMap((m) => m.lessons.map((l) => l.id));
  for (const id of duplicates(manifest.modules.map((m) => m.id))) {
    problems.push({ file: 'course.yaml', path: 'modules', message: `module id "${id}" is used twice` });
  }
  for (const id of duplicates(lessonIds)) {
    problems.push({ file: 'course.yaml', path: 'modules', message: `lesson id "${id}" is used twice` });
  }

  const referencedAssets = new Set<string>();
  manifest.modules.forEach((module, mi) =>
    module.lessons.forEach((lesson, li) => {
      for (const language of LANGUAGES) {
        const file = relative(dir, lessonFile(dir, lesson.id, language));
        const full = join(dir, file);
        if (!existsSync(full)) {
          problems.push({
            file,
            path: `modules[${mi}].lessons[${li}]`,
            message: `the ${language === 'th' ? 'Thai' : 'English'} lesson file is missing`,
          });
          continue;
        }
        const text = readFileSync(full, 'utf8');
        if (text.trim().length === 0) problems.push({ file, path: '(file)', message: 'the lesson is empty' });
        if (text.includes('\uFFFD')) {
          problems.push({ file, path: '(file)', message: 'contains a broken character (U+FFFD): re-save the file as UTF-8' });
        }
        for (const ref of assetReferences(text)) {
          referencedAssets.add(ref);
          if (!assetMimeType(ref)) {
            problems.push({ file, path: ref, message: 'unsupported asset type (use svg, png, jpg or webp)' });
          } else if (!resolveAsset(dir, ref)) {
            problems.push({ file, path: ref, message: 'the asset is missing or outside the package' });
          }
        }
      }
    }),
  );

  const assetsDir = join(dir, 'assets');
  if (existsSync(assetsDir)) {
    for (const name of readdirSync(assetsDir)) {
      const ref = `assets/${name}`;
      if (!referencedAssets.has(ref)) problems.push({ file: ref, path: '(file)', message: 'no lesson uses this asset' });
      else if (statSync(join(assetsDir, name)).size > MAX_ASSET_BYTES) {
        problems.push({ file: ref, path: '(file)', message: 'the asset is larger than 5 MB' });
      }
    }
  }

  const quizIds = [
    ...manifest.modules.flatMap((m) => (m.quiz ? [m.quiz] : [])),
    ...(manifest.finalExam ? [manifest.finalExam] : []),
  ];
  for (const id of manifest.completion.requiredQuizzes) {
    if (!quizIds.includes(id)) {
      problems.push({
        file: 'course.yaml',
        path: 'completion.requiredQuizzes',
        message: `"${id}" is not a module quiz or the final exam of this course`,
      });
    }
  }
  const quizzes = new Map<string, Quiz>();
  const questionIds: string[] = [];
  for (const id of new Set(quizIds)) {
    const file = `quizzes/${id}.yaml`;
    const rawQuiz = readYaml(dir, file, problems);
    if (rawQuiz === undefined) continue;
    const quiz = quizSchema.safeParse(rawQuiz);
    if (!quiz.success) {
      problems.push(...problemsFromZod(file, quiz.error));
      continue;
    }
    if (quiz.data.id !== id) problems.push({ file, path: 'id', message: `id "${quiz.data.id}" must be "${id}"` });
    problems.push(...checkQuizIntegrity(file, quiz.data));
    questionIds.push(...quiz.data.questions.map((q) => q.id));
    quizzes.set(id, quiz.data);
  }
  for (const id of duplicates(questionIds)) {
    problems.push({ file: 'quizzes', path: id, message: `question id "${id}" is used in more than one quiz of this course` });
  }

  let glossary: Glossary | null = null;
  if (existsSync(join(dir, 'glossary.yaml'))) {
    const g = glossarySchema.safeParse(readYaml(dir, 'glossary.yaml', problems));
    if (g.success) {
      glossary = g.data;
      for (const id of duplicates(g.data.terms.map((t) => t.id))) {
        problems.push({ file: 'glossary.yaml', path: 'terms', message: `term id "${id}" is used twice` });
      }
    } else problems.push(...problemsFromZod('glossary.yaml', g.error));
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, pkg: { dir, manifest, quizzes, glossary } };
}
