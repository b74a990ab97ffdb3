import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/messages.en.ts';
import { th } from '../../renderer/src/i18n/messages.th.ts';
import { formatDate, formatPercent } from '../../renderer/src/i18n/format.ts';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (typeof value === 'string') return 'string';
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shape(v)]));
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => string)(1, 2))];
  return Object.values(value as object).flatMap(strings);
}

describe('UI catalogues', () => {
  it('have the same keys, and the same function signatures, in Thai and English', () => {
    expect(shape(th)).toEqual(shape(en));
  });

  it('have no empty strings', () => {
    for (const s of [...strings(th), ...strings(en)]) expect(s.trim()).not.toBe('');
  });

  it('write the Thai UI in Thai script', () => {
    const thai = strings(th).filter((s) => /[\u0E00-\u0E7F]/.test(s));
    expect(thai.length / strings(th).length).toBeGreaterThan(0.85);
  });
});

describe('dates and numbers', () => {
  it('shows Thai dates in the Buddhist era and English dates in the Gregorian calendar', () => {
    expect(formatDate('2026-11-21T05:00:00.000Z', 'th')).toBe('21 พฤศจิกายน 2569');
    expect(formatDate('2026-11-21T05:00:00.000Z', 'en')).toBe('21 November 2026');
  });

  it('formats percentages through Intl', () => {
    expect(formatPercent(42, 'en')).toBe('42%');
    expect(formatPercent(100, 'th')).toBe('100%');
  });
});
