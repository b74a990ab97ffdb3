import type { Language } from '../../../electron/shared/bilingual.ts';

/** Thai dates use the Buddhist era (th-TH's default calendar): 21 พฤศจิกายน 2569. */
const locales: Record<Language, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB' };

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long' }).format(new Date(iso));
}

/** For tables: 21 พ.ย. 2569 / 21 Nov 2026. */
export function formatShortDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(n);
}

/** A time of day (Bangkok clocks in both languages), for "last activity" in a live classroom. */
export function formatClock(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { timeStyle: 'medium' }).format(new Date(iso));
}
