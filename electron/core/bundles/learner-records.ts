import type Database from 'better-sqlite3';
import type { BundleCertificate, BundleProfile } from '../../shared/bundles/bundle-format.ts';
import { toEvent, type EventRow } from '../repositories/event-repository.ts';

type ProfileRow = {
  id: string;
  name_th: string;
  name_en: string;
  agency: string;
  position: string;
  email: string | null;
  employee_id: string | null;
  created_at: string;
};
type CertificateRow = {
  id: string;
  profile_id: string;
  course_id: string;
  course_version: string;
  kind: BundleCertificate['kind'];
  code: string;
  issued_at: string;
};

const toProfile = (r: ProfileRow): BundleProfile => ({
  id: r.id,
  nameTh: r.name_th,
  nameEn: r.name_en,
  agency: r.agency,
  position: r.position,
  email: r.email,
  employeeId: r.employee_id,
  createdAt: r.created_at,
});
const toCertificate = (r: CertificateRow): BundleCertificate => ({
  id: r.id,
  profileId: r.profile_id,
  courseId: r.course_id,
  courseVersion: r.course_version,
  kind: r.kind,
  code: r.code,
  issuedAt: r.issued_at,
});

/**
 * The learning record of some learners as a bundle carries it: their profiles, every event in the order this laptop
 * recorded them, and their live certificates (attempts are rollups of the quiz events, so they travel as events).
 */
export function createLearnerRecords(db: Database.Database) {
  const profile = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE id = ?');
  const events = db.prepare<[string], EventRow>('SELECT * FROM events WHERE profile_id = ? ORDER BY seq');
  const certificates = db.prepare<[string], CertificateRow>(
    'SELECT * FROM certificates WHERE profile_id = ? AND superseded_by IS NULL ORDER BY issued_at, id',
  );
  return {
    of(profileIds: readonly string[]) {
      const profiles = profileIds.flatMap((id) => {
        const row = profile.get(id);
        return row ? [toProfile(row)] : [];
      });
      return {
        profiles,
        events: profiles.flatMap((p) => events.all(p.id).map(toEvent)),
        certificates: profiles.flatMap((p) => certificates.all(p.id).map(toCertificate)),
      };
    },
  };
}
