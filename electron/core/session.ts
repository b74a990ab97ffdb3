import { AppError } from '../shared/errors.ts';

export type UnlockableRole = 'trainer' | 'admin';

/** A caller through a live classroom's door: one session's course only, and a member once they have joined. */
export type ClassroomCaller = { sessionId: string; courseId: string; memberId: string | null };

/** Who is on the other side of a door. Owned by the transport, never taken from the input. */
export type Session = {
  profileId: string | null;
  /** Set only by the classroom door; such a caller reaches nothing but that door's channels. */
  classroom?: ClassroomCaller;
  unlockedRoles: Set<UnlockableRole>;
  /** When each unlocked role locks again unless used: unlocking and every call move it forward. */
  roleExpiry: Map<UnlockableRole, number>;
};

/** An unlocked admin or trainer area locks itself after this long without use. */
export const ROLE_IDLE_MS = 15 * 60 * 1000;

export function createSession(): Session {
  return { profileId: null, unlockedRoles: new Set(), roleExpiry: new Map() };
}

export function unlockRole(session: Session, role: UnlockableRole, now: number): void {
  session.unlockedRoles.add(role);
  session.roleExpiry.set(role, now + ROLE_IDLE_MS);
}

/** Whether the role is unlocked now; an expired role is locked on the spot, a live one is kept alive. */
export function useRole(session: Session, role: UnlockableRole, now: number): boolean {
  const expiry = session.roleExpiry.get(role) ?? 0;
  if (!session.unlockedRoles.has(role) || expiry <= now) {
    session.unlockedRoles.delete(role);
    session.roleExpiry.delete(role);
    return false;
  }
  session.roleExpiry.set(role, now + ROLE_IDLE_MS);
  return true;
}

export function requireProfile(session: Session): string {
  if (!session.profileId) {
    throw new AppError('NOT_SIGNED_IN', 'Choose your profile first.', 'กรุณาเลือกโปรไฟล์ของท่านก่อน');
  }
  return session.profileId;
}

/** The classroom door's caller; dispatch lets `classroom` and `member` channels through only from that door. */
export function classroomCaller(session: Session): ClassroomCaller {
  if (!session.classroom) {
    throw new AppError('FORBIDDEN', 'This is answered only by a classroom hub.', 'คำสั่งนี้ใช้ได้เฉพาะกับเครื่องศูนย์กลางห้องเรียน');
  }
  return session.classroom;
}
