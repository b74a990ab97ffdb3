import { createContext, useContext, type ReactNode } from 'react';
import type { Bilingual, Language } from '../../../electron/shared/bilingual.ts';
import type { AppErrorShape } from '../../../electron/shared/errors.ts';
import { en, type Messages } from './messages.en.ts';
import { th } from './messages.th.ts';

export const catalogues: Record<Language, Messages> = { th, en };

type I18n = {
  language: Language;
  t: Messages;
  pick: (text: Bilingual) => string;
  errorText: (e: AppErrorShape) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value: I18n = {
    language,
    t: catalogues[language],
    pick: (text) => text[language],
    errorText: (e) => (language === 'th' ? e.messageTh : e.message),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
