import type { Bilingual } from '../../../../../electron/shared/bilingual.ts';
import { shownTexts, type Languages } from './languages.ts';

export type BiProps = { text: Bilingual; languages: Languages };

/** A short content text in the room's languages: one, Thai beside English, or Thai above English. */
export function Bi({ text, languages }: BiProps) {
  const texts = shownTexts(text, languages);
  if (texts.length === 1) return <span lang={texts[0]!.language}>{texts[0]!.text}</span>;
  return (
    <span className={`bi bi-${languages}`}>
      {texts.map(({ language, text: shown }) => (
        <span key={language} lang={language} className={`bi-${language}`}>
          {shown}
        </span>
      ))}
    </span>
  );
}
