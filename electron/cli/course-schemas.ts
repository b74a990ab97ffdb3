import { z } from 'zod';
import { courseManifestSchema, glossarySchema, quizSchema } from '../shared/course-package.ts';

/** JSON Schemas for authors' editors, generated from the zod schemas the loader uses (so they cannot drift). */
export function courseJsonSchemas(): Record<string, string> {
  const schema = (title: string, type: z.ZodType) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(type, { io: 'input', target: 'draft-2020-12' }) }, null, 2)}\n`;
  return {
    'course.schema.json': schema('Rian course manifest (course.yaml)', courseManifestSchema),
    'quiz.schema.json': schema('Rian quiz or exam (quizzes/<id>.yaml)', quizSchema),
    'glossary.schema.json': schema('Rian glossary (glossary.yaml)', glossarySchema),
  };
}
