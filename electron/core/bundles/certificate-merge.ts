import type Database from 'better-sqlite3';
import type { BundleCertificate } from '../../shared/bundles/bundle-format.ts';
import type { Bilingual } from '../../shared/bilingual.ts';
import type { CertificateRepository } from '../certificates/certificate-repository.ts';

export type CertificateOutcome = { isNew: boolean; note: Bilingual | null };

/**
 * Brings one certificate in under the learner's id here. Nothing issued here is ever replaced: the same number with
 * a different code (another laptop's number sequence) keeps this laptop's and says so; a second certificate for an
 * achievement that already has a live one here is kept on record, superseded by the local one, as a profile merge
 * does. Caller's transaction.
 */
export function createCertificateMerge(db: Database.Database, certificates: CertificateRepository) {
  const insertSuperseded = db.prepare(
    `INSERT INTO certificates (id, profile_id, course_id, course_version, kind, code, issued_at, superseded_by)
     VALUES (@id, @profileId, @courseId, @courseVersion, @kind, @code, @issuedAt, @supersededBy)`,
  );
  return {
    isKnown: (id: string) => certificates.find(id) !== null,
    merge(incoming: BundleCertificate, profileId: string): CertificateOutcome {
      const existing = certificates.find(incoming.id);
      if (existing) {
        return {
          isNew: false,
          note:
            existing.code === incoming.code
              ? null
              : {
                  en: `Certificate ${incoming.id} already exists here for another achievement; this laptop's was kept.`,
                  th: `เกียรติบัตรเลขที่ ${incoming.id} มีอยู่แล้วในเครื่องนี้สำหรับผลการเรียนอื่น จึงคงฉบับของเครื่องนี้ไว้`,
                },
        };
      }
      const row = { ...incoming, profileId };
      const live = certificates.live(profileId, incoming.courseId, incoming.courseVersion, incoming.kind);
      if (!live) {
        certificates.insert(row);
        return { isNew: true, note: null };
      }
      insertSuperseded.run({ ...row, supersededBy: live.id });
      return {
        isNew: true,
        note: {
          en: `Certificate ${incoming.id} is kept on record, replaced by ${live.id}, already issued here for the same course.`,
          th: `เก็บเกียรติบัตรเลขที่ ${incoming.id} ไว้เป็นประวัติ โดยใช้ฉบับเลขที่ ${live.id} ที่ออกในเครื่องนี้แล้วสำหรับหลักสูตรเดียวกัน`,
        },
      };
    },
  };
}
