import { useI18n } from '../../../i18n/i18n.tsx';
import { LANGUAGE_CHOICES, type Languages } from './languages.ts';

export type LanguagePickerProps = { languages: Languages; onLanguages(languages: Languages): void };

/** Thai, English or both on screen; the keys T, E and B do the same. */
export function LanguagePicker({ languages, onLanguages }: LanguagePickerProps) {
  const { t } = useI18n();
  const p = t.present;
  return (
    <div className="present-languages" role="group" aria-label={p.languages}>
      {LANGUAGE_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          className="present-toggle"
          aria-pressed={languages === choice}
          title={p.languageKey[choice]}
          onClick={() => onLanguages(choice)}
        >
          {p.language[choice]}
        </button>
      ))}
    </div>
  );
}
