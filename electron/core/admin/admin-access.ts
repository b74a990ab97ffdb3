import { AppError } from '../../shared/errors.ts';
import { hashSecret, verifySecret } from '../services/pin.ts';
import { unlockRole, type Session, type UnlockableRole } from '../session.ts';
import type { AuditLog, createRoleSecretRepository } from './role-secrets.ts';

const MAX_FAILURES = 5;
const LOCK_MS = 5 * 60_000;

/**
 * The admin (and later trainer) passphrase: set once at first use, kept as a scrypt hash, unlocking the role for the
 * session until it idles. Five wrong tries lock unlocking for five minutes.
 */
export function createRoleAccess(
  secrets: ReturnType<typeof createRoleSecretRepository>,
  audit: AuditLog,
  now: () => Date,
) {
  const failures = new Map<UnlockableRole, { count: number; lockedUntil: number }>();
  return {
    status(role: UnlockableRole, session: Session) {
      return {
        hasPassphrase: secrets.hashFor(role) !== null,
        isUnlocked: session.unlockedRoles.has(role) && (session.roleExpiry.get(role) ?? 0) > now().getTime(),
      };
    },
    async setFirst(role: UnlockableRole, passphrase: string, session: Session) {
      if (secrets.hashFor(role) !== null) {
        throw new AppError(
          'CONFLICT',
          'A passphrase is already set; unlock with it.',
          'ตั้งรหัสผ่านไว้แล้ว กรุณาใช้รหัสผ่านเดิมปลดล็อก',
        );
      }
      secrets.setFirst(role, await hashSecret(passphrase), now().toISOString());
      audit.record(now().toISOString(), role, 'passphrase.set', {});
      unlockRole(session, role, now().getTime());
    },
    async unlock(role: UnlockableRole, passphrase: string, session: Session) {
      const hash = secrets.hashFor(role);
      if (!hash) throw new AppError('NOT_FOUND', 'No passphrase has been set yet.', 'ยังไม่ได้ตั้งรหัสผ่าน');
      const state = failures.get(role) ?? { count: 0, lockedUntil: 0 };
      if (state.lockedUntil > now().getTime()) {
        throw new AppError(
          'FORBIDDEN',
          'Too many wrong passphrases. Wait five minutes.',
          'ใส่รหัสผ่านผิดหลายครั้ง กรุณารอห้านาที',
        );
      }
      if (!(await verifySecret(passphrase, hash))) {
        state.count += 1;
        if (state.count >= MAX_FAILURES) Object.assign(state, { count: 0, lockedUntil: now().getTime() + LOCK_MS });
        failures.set(role, state);
        throw new AppError('WRONG_PIN', 'That passphrase is not right.', 'รหัสผ่านไม่ถูกต้อง', ['passphrase']);
      }
      failures.delete(role);
      unlockRole(session, role, now().getTime());
    },
    lock(role: UnlockableRole, session: Session) {
      session.unlockedRoles.delete(role);
      session.roleExpiry.delete(role);
    },
  };
}
