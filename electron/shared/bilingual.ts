import { z } from 'zod';

export const LANGUAGES = ['th', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Every piece of user-facing content exists in both languages; neither may be blank. */
export const bilingualSchema = z.strictObject({
  th: z.string().trim().min(1, 'Thai text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});
export type Bilingual = z.infer<typeof bilingualSchema>;
