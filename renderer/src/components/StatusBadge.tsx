import type { CourseProgress } from '../../../electron/shared/progress.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function StatusBadge({ status }: { status: CourseProgress['status'] }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t.status[status]}</span>;
}
