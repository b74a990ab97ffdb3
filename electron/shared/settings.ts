import { z } from 'zod';
import { languageSchema } from './bilingual.ts';

export const themeSchema = z.enum(['system', 'light', 'dark']);

export const settingsSchema = z.strictObject({
  language: languageSchema.nullable(),
  theme: themeSchema,
  lastProfileId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system', lastProfileId: null };

/** What the renderer may change; `lastProfileId` is set by signing in. */
export const settingsPatchSchema = z.strictObject({
  language: languageSchema.optional(),
  theme: themeSchema.optional(),
});
