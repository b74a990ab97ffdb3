import type { AppErrorShape } from '../../../electron/shared/errors.ts';
import { LmsError } from '../api/lms-client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function errorShape(error: unknown): AppErrorShape | null {
  return error instanceof LmsError ? error.shape : null;
}

/** A specific message in the reader's language; unexpected failures get a calm generic one. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t, errorText } = useI18n();
  if (!error) return null;
  const shape = errorShape(error);
  return (
    <p className="notice notice-error" role="alert">
      {shape ? errorText(shape) : t.errors.generic}
    </p>
  );
}
