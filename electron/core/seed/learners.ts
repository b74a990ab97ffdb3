import type { StoredProfile } from '../repositories/profile-repository.ts';
import { AGENCIES, COMMON_POSITIONS, GRADES, SUPPORT_GRADES, type Agency } from './agencies.ts';
import { weightedPicker, type Random } from './random.ts';
import { seededUuidV7 } from './seed-ids.ts';
import { FEMALE_GIVEN_NAMES, HONORIFICS, MALE_GIVEN_NAMES, SURNAMES } from './thai-names.ts';

const pickAgency = weightedPicker(AGENCIES.map((a) => [a, a.weight] as const));
const pickGrade = weightedPicker(GRADES);

function positionIn(agency: Agency, random: Random): string {
  const base =
    agency.positions.length > 0 && random.chance(0.4) ? random.pick(agency.positions) : random.pick(COMMON_POSITIONS);
  if (/^(นัก|นิติกร|พยาบาลวิชาชีพ)/.test(base)) return `${base}${pickGrade(random)}`;
  if (base.startsWith('เจ้าพนักงาน')) return `${base}${random.pick(SUPPORT_GRADES)}`;
  return base;
}

/**
 * One synthetic official: honorific, given name and surname consistent in Thai and English, an agency, a position,
 * usually a work e-mail, and a staff number where the agency uses them. `index` keeps staff numbers unique.
 */
export function seedLearner(random: Random, index: number, createdAtMs: number): StoredProfile {
  const isFemale = random.chance(0.58);
  const [givenTh, givenEn] = random.pick(isFemale ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const [surnameTh, surnameEn] = random.pick(SURNAMES);
  const [titleTh, titleEn] = isFemale ? (random.chance(0.4) ? HONORIFICS.mrs : HONORIFICS.ms) : HONORIFICS.mr;
  // The first learners cover every agency, so even a small demo set shows them all.
  const agency = AGENCIES[index] ?? pickAgency(random);
  const emailUser = `${givenEn}.${random.chance(0.6) ? surnameEn.slice(0, 1) : surnameEn}`;
  return {
    id: seededUuidV7(random, createdAtMs),
    nameTh: `${titleTh}${givenTh} ${surnameTh}`,
    nameEn: `${titleEn} ${givenEn} ${surnameEn}`,
    agency: agency.name,
    position: positionIn(agency, random),
    email: random.chance(0.8) ? `${emailUser.toLowerCase()}@${agency.emailDomain}` : null,
    employeeId:
      agency.employeeIdPrefix && random.chance(0.85)
        ? `${agency.employeeIdPrefix}${String(index + 1).padStart(6, '0')}`
        : null,
    hasPin: false,
    pinHash: null,
    createdAt: new Date(createdAtMs).toISOString(),
    lastUsedAt: null,
  };
}
