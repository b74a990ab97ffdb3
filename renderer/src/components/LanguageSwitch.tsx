import type { Language } from '../../../electron/shared/bilingual.ts';
import { useI18n } from '../i18n/i18n.tsx';

export type LanguageSwitchProps = { onChange(language: Language): void };

/** Two buttons, each labelled in its own language, so anyone can find theirs. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, language } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t.language.label}>
      {(['th', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={l === language ? 'is-selected' : ''}
          aria-pressed={l === language}
          onClick={() => onChange(l)}
        >
          {t.language[l]}
        </button>
      ))}
    </div>
  );
}
