import { createBackend, type Backend } from '../../electron/core/backend.ts';
import { createConfSettingsStore } from '../../electron/core/settings/conf-settings-store.ts';
import { createSession, type Session } from '../../electron/core/session.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract.ts';
import type { Result } from '../../electron/shared/result.ts';

export type TestBackend = Backend & {
  session: Session;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  raw(channel: string, input: unknown, session?: Session): Promise<Result<unknown>>;
};

/** The real backend on a real SQLite file, driven through dispatch exactly as the doors drive it. */
export function startBackend(
  dataDir: string,
  coursesDir: string,
  now?: () => Date,
  extra: Pick<Parameters<typeof createBackend>[0], 'pdfRenderer' | 'classroomDoor' | 'classroomPort'> = {},
): TestBackend {
  const backend = createBackend(
    {
      dataDir,
      coursesDir,
      settings: createConfSettingsStore(dataDir),
      appVersion: '0.0.0-test',
      ...(now ? { now } : {}),
      ...extra,
    },
    { error: () => {} },
  );
  const session = createSession();
  return {
    ...backend,
    session,
    raw: (channel, input, s = session) => backend.dispatch(channel, input, s),
    async call(channel, input) {
      const result = await backend.dispatch(channel, input, session);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.data as never;
    },
  };
}

export const SOMSRI = {
  nameTh: 'นางสาวสมศรี ใจดี',
  nameEn: 'Ms Somsri Jaidee',
  agency: 'กรมการปกครอง',
  position: 'นักวิเคราะห์นโยบายและแผน',
  email: 'somsri@example.go.th',
};
