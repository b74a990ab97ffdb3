import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/errors.ts';
import type { newProfileSchema, ProfileSummary } from '../../shared/profile.ts';
import type { z } from 'zod';
import type { ProfileRepository, StoredProfile } from '../repositories/profile-repository.ts';
import { hashSecret, verifySecret } from './pin.ts';

const MAX_PIN_FAILURES = 5;
const PIN_LOCK_MS = 60_000;
/** Profiles shown on the sign-in screen before searching. */
export const PICKER_LIMIT = 60;
const FIND_LIMIT = 20;

function summary({ pinHash: _pinHash, ...profile }: StoredProfile): ProfileSummary {
  return profile;
}

export function createProfileService(repo: ProfileRepository, now: () => Date) {
  const failures = new Map<string, { count: number; lockedUntil: number }>();

  function find(id: string): StoredProfile {
    const profile = repo.find(id);
    if (!profile) throw new AppError('NOT_FOUND', 'That profile no longer exists.', 'ไม่พบโปรไฟล์นี้');
    return profile;
  }

  return {
    /**
     * The profiles to offer on the sign-in screen: most recently used first, then the rest in Thai dictionary order,
     * at most PICKER_LIMIT; anyone further down (an agency's imported thousands) finds their name with `search`.
     */
    list(): ProfileSummary[] {
      return repo.recent(PICKER_LIMIT).map(summary);
    },
    search(query: string): ProfileSummary[] {
      return query.trim().length < 2 ? [] : repo.search(query, FIND_LIMIT).map(summary);
    },
    find(id: string): ProfileSummary {
      return summary(find(id));
    },
    async create(input: z.output<typeof newProfileSchema>): Promise<ProfileSummary> {
      const at = now().toISOString();
      const duplicate = repo.findByNames(input.nameTh, input.nameEn);
      if (duplicate) {
        throw new AppError(
          'CONFLICT',
          `A profile for ${input.nameEn} already exists on this computer; choose it from the list.`,
          `มีโปรไฟล์ของ ${input.nameTh} ในเครื่องนี้แล้ว กรุณาเลือกจากรายการ`,
          ['nameTh'],
        );
      }
      const profile: StoredProfile = {
        id: uuidv7(),
        nameTh: input.nameTh,
        nameEn: input.nameEn,
        agency: input.agency,
        position: input.position,
        email: input.email,
        employeeId: input.employeeId,
        hasPin: input.pin !== null,
        pinHash: input.pin ? await hashSecret(input.pin) : null,
        createdAt: at,
        lastUsedAt: at,
      };
      repo.insert(profile);
      return summary(profile);
    },
    /** Checks the PIN when the profile has one; locks the profile for a minute after five wrong tries. */
    async authenticate(id: string, pin: string | undefined): Promise<ProfileSummary> {
      const profile = find(id);
      if (profile.pinHash) {
        const state = failures.get(id) ?? { count: 0, lockedUntil: 0 };
        if (state.lockedUntil > now().getTime()) {
          throw new AppError(
            'FORBIDDEN',
            'Too many wrong PINs. Wait a minute and try again.',
            'ใส่ PIN ผิดหลายครั้งเกินไป กรุณารอหนึ่งนาทีแล้วลองใหม่',
          );
        }
        if (!pin || !(await verifySecret(pin, profile.pinHash))) {
          state.count += 1;
          if (state.count >= MAX_PIN_FAILURES)
            Object.assign(state, { count: 0, lockedUntil: now().getTime() + PIN_LOCK_MS });
          failures.set(id, state);
          throw new AppError('WRONG_PIN', 'That PIN is not right.', 'PIN ไม่ถูกต้อง', ['pin']);
        }
        failures.delete(id);
      }
      repo.markUsed(id, now().toISOString());
      return summary({ ...profile, lastUsedAt: now().toISOString() });
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
