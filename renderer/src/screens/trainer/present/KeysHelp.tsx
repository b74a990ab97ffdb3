import { useI18n } from '../../../i18n/i18n.tsx';

/** The keyboard shortcuts, folded away so the toolbar stays one or two lines and the slide keeps the room. */
export function KeysHelp({ keys }: { keys: string }) {
  const { t } = useI18n();
  return (
    <details className="present-keys">
      <summary>{t.present.keysTitle}</summary>
      <p>{keys}</p>
    </details>
  );
}
