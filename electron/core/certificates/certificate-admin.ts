import { createHash } from 'node:crypto';
import type { CertificatePayload } from '../../shared/certificates/payload.ts';
import type { IssuerProfile } from '../../shared/certificates/issuer.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditLog } from '../admin/role-secrets.ts';
import type { CertificateRepository } from './certificate-repository.ts';
import type { CertificateService } from './certificate-service.ts';
import { certificateHtml } from './certificate-html.ts';
import type { IssuerSettings } from './issuer-settings.ts';
import type { KeyVault } from './key-vault.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { issuerKeyFromPem, keyIdOf, signPayload } from './signing.ts';

type Deps = {
  service: CertificateService;
  certificates: CertificateRepository;
  issuerSettings: IssuerSettings;
  vault: KeyVault;
  audit: AuditLog;
  pdf: PdfRenderer | null;
  now: () => Date;
};

/** A key's fingerprint as people compare it by eye: sha-256 of the raw key in groups of four. */
export function fingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)!.slice(0, 8).join(' ');
}

/** What admins do with certificates: configure the issuer, manage keys and trust, list, revoke and reissue. */
export function createCertificateAdmin({ service, certificates, issuerSettings, vault, audit, pdf, now }: Deps) {
  const at = () => now().toISOString();
  return {
    issuer: () => {
      const key = service.issuerKey();
      return {
        profile: issuerSettings.get(),
        key: { keyId: key.keyId, publicKey: key.publicKey, fingerprint: fingerprint(key.publicKey) },
        trusted: certificates.trusted().map((t) => ({
          keyId: t.key_id,
          publicKey: t.public_key,
          fingerprint: fingerprint(t.public_key),
          name: JSON.parse(t.name) as { th: string; en: string },
        })),
      };
    },

    updateIssuer(profile: IssuerProfile) {
      issuerSettings.set(profile, at());
      const key = service.issuerKey();
      certificates.trust(key.keyId, key.publicKey, JSON.stringify(profile.name), at());
      audit.record(at(), 'admin', 'issuer.update', { name: profile.name.en, idPrefix: profile.idPrefix });
    },

    /** The template with sample data and the current issuer settings, before anything is issued. */
    async preview(): Promise<Buffer> {
      if (!pdf) throw new AppError('INTERNAL', 'PDFs cannot be made here.', 'สร้างไฟล์ PDF ในโหมดนี้ไม่ได้');
      const issuer = issuerSettings.get();
      const key = service.issuerKey();
      const sample: CertificatePayload = {
        v: 1,
        id: `${issuer.idPrefix}-2569-000000`,
        kind: 'completion',
        nameTh: 'นางสาวปิ่นมณี ศักดิ์สิทธิ์ (ตัวอย่าง)',
        nameEn: 'Ms Pinmanee Saksit (sample)',
        agency: 'สำนักงานพัฒนารัฐบาลดิจิทัล',
        courseId: 'sample',
        courseVersion: '1.0.0',
        courseTitleTh: 'ข้อมูลขนาดใหญ่เพื่อการตัดสินใจภาครัฐ',
        courseTitleEn: 'Big Data for Government Decision-Making',
        hours: 14,
        score: 92.5,
        completedOn: now().toISOString().slice(0, 10),
        issuerNameTh: issuer.name.th,
        issuerNameEn: issuer.name.en,
        issuerKeyId: key.keyId,
        issuerPublicKey: key.publicKey,
      };
      return pdf.render(await certificateHtml(sample, signPayload(sample, key), issuer));
    },

    /** Sign with an academy key from now on, so every laptop issues under one identity. */
    importKey(pem: string) {
      let key;
      try {
        key = issuerKeyFromPem(pem);
      } catch {
        throw new AppError(
          'IMPORT_REJECTED',
          'That is not an Ed25519 private key in PEM format.',
          'ไฟล์นี้ไม่ใช่กุญแจส่วนตัว Ed25519 แบบ PEM',
          ['pem'],
        );
      }
      vault.save(pem);
      service.resetKey();
      certificates.trust(key.keyId, key.publicKey, JSON.stringify(issuerSettings.get().name), at());
      audit.record(at(), 'admin', 'key.import', { keyId: key.keyId });
      return { keyId: key.keyId, fingerprint: fingerprint(key.publicKey) };
    },

    trust(publicKey: string, name: { th: string; en: string }) {
      const keyId = keyIdOf(publicKey);
      certificates.trust(keyId, publicKey, JSON.stringify(name), at());
      audit.record(at(), 'admin', 'issuer.trust', { keyId, name: name.en });
      return { keyId, fingerprint: fingerprint(publicKey) };
    },

    list(filter: { courseId: string | null; query: string; status: 'all' | 'live' | 'revoked' }) {
      const needle = filter.query.trim().toLocaleLowerCase('th');
      return service
        .all({ courseId: filter.courseId, since: null })
        .map((c) => ({
          id: c.id,
          nameTh: c.payload.nameTh,
          nameEn: c.payload.nameEn,
          agency: c.payload.agency,
          courseId: c.courseId,
          courseTitle: { th: c.payload.courseTitleTh, en: c.payload.courseTitleEn },
          completedOn: c.payload.completedOn,
          issuedAt: c.issuedAt,
          revokedReason: certificates.revocation(c.id),
        }))
        .filter((c) => filter.status === 'all' || (filter.status === 'revoked') === (c.revokedReason !== null))
        .filter(
          (c) => !needle || `${c.id} ${c.nameTh} ${c.nameEn} ${c.agency}`.toLocaleLowerCase('th').includes(needle),
        );
    },

    revoke(id: string, reason: string) {
      if (!certificates.find(id))
        throw new AppError('NOT_FOUND', `There is no certificate ${id}.`, `ไม่พบเกียรติบัตรเลขที่ ${id}`);
      if (!certificates.revoke(id, reason, at())) {
        throw new AppError('CONFLICT', `${id} is already revoked.`, `เกียรติบัตร ${id} ถูกเพิกถอนไปแล้ว`);
      }
      audit.record(at(), 'admin', 'certificate.revoke', { id, reason });
    },

    /** A new certificate with a new number and the current issuer settings; the old one is superseded. */
    reissue(id: string) {
      const reissued = service.reissue(id);
      audit.record(at(), 'admin', 'certificate.reissue', { id, newId: reissued.id });
      return reissued;
    },
  };
}
export type CertificateAdmin = ReturnType<typeof createCertificateAdmin>;
