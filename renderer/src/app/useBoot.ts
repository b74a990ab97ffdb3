import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../electron/shared/app-status.ts';
import type { Language } from '../../../electron/shared/bilingual.ts';
import type { ProfileSummary } from '../../../electron/shared/profile.ts';
import type { Settings } from '../../../electron/shared/settings.ts';
import { lms, LmsError } from '../api/lms-client.ts';
import { navigate } from './route.ts';

export type Boot =
  | { phase: 'loading' }
  | { phase: 'unreachable' }
  | { phase: 'problem'; status: AppStatus }
  | { phase: 'profiles'; status: AppStatus; profiles: ProfileSummary[] }
  | { phase: 'ready'; status: AppStatus; profile: ProfileSummary };

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('th') ? 'th' : 'en';
}

/** Start-up: status, settings and the resumed session together → jump back to the last lesson. */
export function useBoot() {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  const enter = useCallback(async (status: AppStatus, profile: ProfileSummary, restorePosition: boolean) => {
    if (restorePosition && (location.hash === '' || location.hash === '#/')) {
      const point = await lms.progress.resumePoint({});
      if (point) navigate({ name: 'lesson', courseId: point.courseId, lessonId: point.lessonId }, true);
    }
    setBoot({ phase: 'ready', status, profile });
  }, []);

  const start = useCallback(async () => {
    setBoot({ phase: 'loading' });
    try {
      const [status, loadedSettings, resumed] = await Promise.all([
        lms.app.status({}),
        lms.settings.get({}),
        lms.session.resume({}).catch(() => null),
      ]);
      setSettings(loadedSettings);
      if (status.problem) return setBoot({ phase: 'problem', status });
      if (resumed) return enter(status, resumed, true);
      setBoot({ phase: 'profiles', status, profiles: await lms.profiles.list({}) });
    } catch (error) {
      if (error instanceof LmsError && error.shape.code !== 'INTERNAL') throw error;
      setBoot({ phase: 'unreachable' });
    }
  }, [enter]);

  useEffect(() => {
    void start();
  }, [start]);

  const setLanguage = useCallback(async (language: Language) => {
    setSettings((s) => (s ? { ...s, language } : s));
    setSettings(await lms.settings.update({ language }));
  }, []);

  const signedIn = useCallback(
    (profile: ProfileSummary) => {
      if (boot.phase === 'profiles') void enter(boot.status, profile, true);
    },
    [boot, enter],
  );

  const switchProfile = useCallback(async () => {
    await lms.session.signOut({});
    navigate({ name: 'catalogue' }, true);
    await start();
  }, [start]);

  return {
    boot,
    language: settings?.language ?? browserLanguage(),
    languageChosen: settings?.language != null,
    setLanguage,
    signedIn,
    switchProfile,
    retry: start,
  };
}
