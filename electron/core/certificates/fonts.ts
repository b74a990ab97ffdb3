import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const WEIGHTS = ['400', '600', '700'];
const SUBSETS = ['thai', 'latin'];

let cached: string | null = null;

/**
 * @font-face rules for Sarabun with the files inlined as data: URLs: with setContent, file URLs silently fall back
 * to a system font, and a certificate must embed the real face. Thai and Latin subsets keep their unicode-range.
 */
export function sarabunFontFaces(): string {
  if (cached) return cached;
  const root = dirname(createRequire(import.meta.url).resolve('@fontsource/sarabun/package.json'));
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(root, `${weight}.css`), 'utf8');
    for (const subset of SUBSETS) {
      const block = css.match(
        new RegExp(`/\\* sarabun-${subset}-${weight}-normal \\*/\\s*@font-face \\{[^}]*\\}`),
      )?.[0];
      const range = block?.match(/unicode-range:([^;]+);/)?.[1];
      const file = join(root, 'files', `sarabun-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
