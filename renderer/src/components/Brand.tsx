import { useI18n } from '../i18n/i18n.tsx';
import { Logo } from './Logo.tsx';

/** The header's start: the skip link, then the logo, name and a line under it. */
export function Brand({ tagline }: { tagline: string }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="brand">
        <Logo />
        <div>
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{tagline}</span>
        </div>
      </div>
    </>
  );
}
