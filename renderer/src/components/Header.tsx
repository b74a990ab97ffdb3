import type { Language } from '../../../electron/shared/bilingual.ts';
import type { ProfileSummary } from '../../../electron/shared/profile.ts';
import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SearchBox } from './SearchBox.tsx';

export type HeaderProps = {
  profile: ProfileSummary | null;
  onLanguage(language: Language): void;
  onSwitchProfile?(): void;
};

export function Header({ profile, onLanguage, onSwitchProfile }: HeaderProps) {
  const { t, language } = useI18n();
  return (
    <header className="app-header">
      <Brand tagline={t.appTagline} />
      <nav aria-label={t.header.mainNav} className="header-nav">
        {profile && (
          <>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'catalogue' })}>
              {t.header.catalogue}
            </button>
            <button type="button" className="link-button" onClick={() => navigate({ name: 'certificates' })}>
              {t.header.certificates}
            </button>
          </>
        )}
        <button type="button" className="link-button" onClick={() => navigate({ name: 'verify' })}>
          {t.header.verify}
        </button>
        <button type="button" className="link-button" onClick={() => navigate({ name: 'trainer' })}>
          {t.trainer.nav}
        </button>
        <button type="button" className="link-button" onClick={() => navigate({ name: 'admin' })}>
          {t.admin.nav}
        </button>
      </nav>
      {profile && <SearchBox />}
      <div className="header-tools">
        <LanguageSwitch onChange={onLanguage} />
        {profile && onSwitchProfile && (
          <div className="who">
            <span className="who-name">{t.header.signedInAs(language === 'th' ? profile.nameTh : profile.nameEn)}</span>
            <button type="button" className="button button-quiet" onClick={onSwitchProfile}>
              {t.header.switchProfile}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
