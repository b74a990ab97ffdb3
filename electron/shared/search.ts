import { z } from 'zod';
import { languageSchema } from './bilingual.ts';

export const searchResultSchema = z.strictObject({
  kind: z.enum(['lesson', 'glossary', 'topic']),
  courseId: z.string(),
  /** The lesson id, glossary term id or quiz id. */
  refId: z.string(),
  language: languageSchema,
  title: z.string(),
  /** Original text around the match; the UI marks the hits. */
  snippet: z.array(z.strictObject({ text: z.string(), isHit: z.boolean() })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchQuerySchema = z.strictObject({ text: z.string().trim().min(1).max(200) });
export const searchResponseSchema = z.strictObject({ results: z.array(searchResultSchema), tookMs: z.number() });
