import { z } from 'zod';
import { languageSchema } from './bilingual.ts';

export const settingsSchema = z.strictObject({
  language: languageSchema.nullable(),
  lastProfileId: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, lastProfileId: null };

/** What the renderer may change; `lastProfileId` is set by signing in. The theme follows the system. */
export const settingsPatchSchema = z.strictObject({
  language: languageSchema.optional(),
});
