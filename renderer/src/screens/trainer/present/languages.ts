import { z } from 'zod';
import type { Bilingual, Language } from '../../../../../electron/shared/bilingual.ts';
import type { KeyBindings } from './deck-keys.ts';

/** What the room sees: one language, or both (Thai beside English, or Thai above English). */
export const languagesSchema = z.enum(['th', 'en', 'sideBySide', 'stacked']);
export type Languages = z.infer<typeof languagesSchema>;
export const LANGUAGE_CHOICES = languagesSchema.options;

const STORAGE_KEY = 'rian.present.languages';

/** The languages shown, in reading order. */
export function shownLanguages(languages: Languages): Language[] {
  return languages === 'th' || languages === 'en' ? [languages] : ['th', 'en'];
}

/** The texts to show for one bilingual content item, each with its language (for `lang` and the right fonts). */
export function shownTexts(text: Bilingual, languages: Languages): { language: Language; text: string }[] {
  return shownLanguages(languages).map((language) => ({ language, text: text[language] }));
}

/** T, E and B: Thai, English, both; B pressed again switches both between side by side and stacked. */
export function languageKeys(current: Languages, onLanguages: (next: Languages) => void): KeyBindings {
  return {
    t: () => onLanguages('th'),
    e: () => onLanguages('en'),
    b: () => onLanguages(current === 'sideBySide' ? 'stacked' : 'sideBySide'),
  };
}

/** The trainer's last choice in this window, so moving to the next lesson or quiz keeps it. */
export function rememberedLanguages(fallback: Language): Languages {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  return LANGUAGE_CHOICES.find((l) => l === saved) ?? fallback;
}

export function rememberLanguages(languages: Languages): void {
  sessionStorage.setItem(STORAGE_KEY, languages);
}
