import { useEffect } from 'react';
import type { Language } from '../../../electron/shared/bilingual.ts';

/** Keeps <html lang> right so screen readers and line breaking treat Thai as Thai. */
export function useDocumentLanguage(language: Language, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
