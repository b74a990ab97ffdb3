import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

/** A screen whose content could not load: the reason, and the way back to the courses. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <main id="main" className="page">
      <ErrorNotice error={error} />
      <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'catalogue' })}>
        {t.course.back}
      </button>
    </main>
  );
}
