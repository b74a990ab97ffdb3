import { AppError } from '../shared/errors.ts';

export type UnlockableRole = 'trainer' | 'admin';

/** Who is on the other side of a door. Owned by the transport, never taken from the input. */
export type Session = {
  profileId: string | null;
  unlockedRoles: Set<UnlockableRole>;
};

export function createSession(): Session {
  return { profileId: null, unlockedRoles: new Set() };
}

export function requireProfile(session: Session): string {
  if (!session.profileId) {
    throw new AppError('NOT_SIGNED_IN', 'Choose your profile first.', 'กรุณาเลือกโปรไฟล์ของท่านก่อน');
  }
  return session.profileId;
}
