import { useEffect, useState, type FormEvent } from 'react';
import type { Language } from '../../../electron/shared/bilingual.ts';
import type { ProfileSummary } from '../../../electron/shared/profile.ts';
import { lms } from '../api/lms-client.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { initialOf } from '../components/initial.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ProfileForm } from './ProfileForm.tsx';

export type ProfilesScreenProps = {
  profiles: ProfileSummary[];
  isLanguageChosen: boolean;
  onLanguage(language: Language): void;
  onSignedIn(profile: ProfileSummary): void;
};

/** First run (no profiles yet): welcome, language, new profile. Otherwise: one click on your profile (+ PIN). */
export function ProfilesScreen({ profiles, isLanguageChosen, onLanguage, onSignedIn }: ProfilesScreenProps) {
  const { t, language } = useI18n();
  const [isCreating, setCreating] = useState(profiles.length === 0);
  const [found, setFound] = useState<ProfileSummary[] | null>(null);

  if (isCreating) {
    return (
      <main id="main" className="page page-narrow">
        {profiles.length === 0 && (
          <section className="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{t.firstRun.welcomeTitle}</h1>
            <p className="lead">{t.firstRun.welcomeBody}</p>
            <h2 className="h-small">{t.language.choose}</h2>
            <div className="language-choice" role="group" aria-label={t.language.choose}>
              {(['th', 'en'] as const).map((l) => (
                <button
                  key={l}
                  type="button"
                  lang={l}
                  className="choice-card"
                  aria-pressed={isLanguageChosen && l === language}
                  onClick={() => onLanguage(l)}
                >
                  <span className="choice-title">{l === 'th' ? 'ภาษาไทย' : 'English'}</span>
                </button>
              ))}
            </div>
          </section>
        )}
        <section className="panel" aria-labelledby="create-title">
          <h2 id="create-title">{t.firstRun.createTitle}</h2>
          <p className="muted">{t.firstRun.createBody}</p>
          <ProfileForm onCreated={onSignedIn} onCancel={profiles.length > 0 ? () => setCreating(false) : undefined} />
        </section>
      </main>
    );
  }

  return (
    <main id="main" className="page page-narrow">
      <h1>{t.picker.title}</h1>
      <p className="lead">{t.picker.body}</p>
      <ProfileFinder onResults={setFound} />
      {found?.length === 0 && <p className="muted">{t.picker.noneFound}</p>}
      <ul className="profile-list">
        {(found ?? profiles).map((p) => (
          <li key={p.id}>
            <ProfileChoice profile={p} onSignedIn={onSignedIn} />
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => setCreating(true)}>
        {t.picker.addProfile}
      </button>
    </main>
  );
}

function ProfileChoice({ profile, onSignedIn }: { profile: ProfileSummary; onSignedIn(p: ProfileSummary): void }) {
  const { t, language } = useI18n();
  const [isAskingPin, setAskingPin] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const name = language === 'th' ? profile.nameTh : profile.nameEn;
  const other = language === 'th' ? profile.nameEn : profile.nameTh;

  async function signIn(event?: FormEvent) {
    event?.preventDefault();
    if (profile.hasPin && !isAskingPin) return setAskingPin(true);
    setError(null);
    try {
      onSignedIn(await lms.session.signIn({ profileId: profile.id, ...(profile.hasPin ? { pin } : {}) }));
    } catch (e) {
      setError(e);
      setPin('');
    }
  }

  return (
    <div className="profile-card">
      <button
        type="button"
        className="profile-button"
        onClick={() => void signIn()}
        aria-expanded={profile.hasPin ? isAskingPin : undefined}
      >
        <span className="avatar" aria-hidden="true">
          {initialOf(name)}
        </span>
        <span className="profile-text">
          <span className="profile-name">{name}</span>
          <span className="profile-meta">
            {other} · {profile.agency}
          </span>
          {profile.lastUsedAt && (
            <span className="profile-meta">{t.picker.lastUsed(formatDate(profile.lastUsedAt, language))}</span>
          )}
        </span>
        {profile.hasPin && <span className="badge badge-neutral">{t.picker.locked}</span>}
      </button>
      {isAskingPin && (
        <form className="pin-form" onSubmit={(e) => void signIn(e)}>
          <label htmlFor={`pin-${profile.id}`}>{t.picker.pinFor(name)}</label>
          <div className="pin-row">
            <input
              id={`pin-${profile.id}`}
              type="password"
              inputMode="numeric"
              autoComplete="current-password"
              maxLength={6}
              value={pin}
              autoFocus
              onChange={(e) => setPin(e.target.value)}
            />
            <button type="submit" className="button button-primary">
              {t.picker.signIn}
            </button>
          </div>
          <ErrorNotice error={error} />
        </form>
      )}
    </div>
  );
}

/** Finds a name beyond the recent profiles (an agency may have imported thousands); results replace the list. */
function ProfileFinder({ onResults }: { onResults(found: ProfileSummary[] | null): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (query.trim().length < 2) return onResults(null);
    let current = true;
    const timer = setTimeout(
      () =>
        void lms.profiles.find({ query }).then(
          (found) => current && onResults(found),
          () => current && onResults(null),
        ),
      200,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, onResults]);
  return (
    <div className="field">
      <label htmlFor="profile-find">{t.picker.find}</label>
      <input id="profile-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
    </div>
  );
}
