import type Database from 'better-sqlite3';
import type { CertificatePayload } from '../../shared/certificates/payload.ts';
import type { CertificateSummary, Verdict } from '../../shared/certificates/verdict.ts';
import { AppError } from '../../shared/errors.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import type { AttemptRepository } from '../repositories/attempt-repository.ts';
import type { ProfileRepository } from '../repositories/profile-repository.ts';
import type { CertificateRepository } from './certificate-repository.ts';
import type { IssuerSettings } from './issuer-settings.ts';
import type { KeyVault } from './key-vault.ts';
import { certificateHtml } from './certificate-html.ts';
import { buildCredential, credentialProofValid, readCredential } from './credential.ts';
import { codeFromPdf } from './pdf-code.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { decodeCode, generateIssuerKey, issuerKeyFromPem, signPayload, type IssuerKey } from './signing.ts';
import { verifyCode } from './verify.ts';

type Deps = {
  db: Database.Database;
  certificates: CertificateRepository;
  profiles: ProfileRepository;
  attempts: AttemptRepository;
  vault: KeyVault;
  issuerSettings: IssuerSettings;
  pdf: PdfRenderer | null;
  now: () => Date;
  /** This laptop's series in certificate numbers (certificateSeries of the device id). */
  series: string;
};

const bangkokDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' });

/** The calendar date in Thailand, whatever the laptop's time zone. */
export function bangkokDate(iso: string): string {
  return bangkokDay.format(new Date(iso));
}

export function createCertificateService({
  db,
  certificates,
  profiles,
  attempts,
  vault,
  issuerSettings,
  pdf,
  series,
  now,
}: Deps) {
  let key: IssuerKey | null = null;

  /** This installation's issuer key: created on first use, kept in the vault, and trusted by this laptop. */
  function issuerKey(): IssuerKey {
    if (key) return key;
    const pem = vault.load();
    key = pem ? issuerKeyFromPem(pem) : generateIssuerKey();
    if (!pem) vault.save(key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
    certificates.trust(key.keyId, key.publicKey, JSON.stringify(issuerSettings.get().name), now().toISOString());
    return key;
  }

  async function renderPdf(code: string): Promise<Buffer> {
    if (!pdf) throw new AppError('INTERNAL', 'PDFs cannot be made here.', 'สร้างไฟล์ PDF ในโหมดนี้ไม่ได้');
    return pdf.render(await certificateHtml(payloadOf(code), code, issuerSettings.get()));
  }

  function payloadOf(code: string): CertificatePayload {
    const decoded = decodeCode(code);
    if (!decoded.ok) throw new Error('a stored certificate code does not decode');
    return decoded.payload;
  }

  function summary(c: {
    id: string;
    courseId: string;
    kind: 'completion' | 'participation';
    code: string;
    issuedAt: string;
  }): CertificateSummary {
    const p = payloadOf(c.code);
    return {
      id: c.id,
      courseId: c.courseId,
      kind: c.kind,
      courseTitle: { th: p.courseTitleTh, en: p.courseTitleEn },
      completedOn: p.completedOn,
      issuedAt: c.issuedAt,
      score: p.score,
      hours: p.hours,
      code: c.code,
      revoked: certificates.revocation(c.id) !== null,
    };
  }

  /** Signs a new certificate for this learner and course version with the current key and issuer settings. */
  function sign(
    profileId: string,
    base: Omit<CertificatePayload, 'id' | 'issuerNameTh' | 'issuerNameEn' | 'issuerKeyId' | 'issuerPublicKey'>,
  ): CertificateSummary {
    const k = issuerKey();
    const issuer = issuerSettings.get();
    const buddhistYear = Number(base.completedOn.slice(0, 4)) + 543;
    const number = certificates.nextNumber(issuer.idPrefix, buddhistYear);
    const payload: CertificatePayload = {
      ...base,
      id: `${issuer.idPrefix}-${buddhistYear}-${series}-${String(number).padStart(6, '0')}`,
      issuerNameTh: issuer.name.th,
      issuerNameEn: issuer.name.en,
      issuerKeyId: k.keyId,
      issuerPublicKey: k.publicKey,
    };
    const stored = {
      id: payload.id,
      profileId,
      courseId: payload.courseId,
      courseVersion: payload.courseVersion,
      kind: payload.kind,
      code: signPayload(payload, k),
      issuedAt: now().toISOString(),
    };
    certificates.insert(stored);
    return summary(stored);
  }

  /** The live certificate of this kind for the learner and course version, issuing it first if there is none. */
  function issueOnce(
    profileId: string,
    pkg: CoursePackage,
    kind: CertificatePayload['kind'],
    at: string,
    score: number | null,
  ): CertificateSummary {
    const m = pkg.manifest;
    const existing = certificates.live(profileId, m.id, m.version, kind);
    if (existing) return summary(existing);
    const profile = profiles.find(profileId);
    if (!profile) throw new AppError('NOT_FOUND', 'That profile no longer exists.', 'ไม่พบโปรไฟล์นี้');
    return sign(profileId, {
      v: 1,
      kind,
      nameTh: profile.nameTh,
      nameEn: profile.nameEn,
      agency: profile.agency,
      courseId: m.id,
      courseVersion: m.version,
      courseTitleTh: m.title.th,
      courseTitleEn: m.title.en,
      hours: m.hours,
      score,
      completedOn: bangkokDate(at),
    });
  }

  return {
    issuerKey,
    /** Forget the cached key (after an import), so the next signature uses the vault's. */
    resetKey: () => {
      key = null;
    },

    /** Supersedes a certificate with a newly numbered one (same learner and achievement, current issuer). */
    reissue(id: string): CertificateSummary {
      const old = certificates.find(id);
      if (!old) throw new AppError('NOT_FOUND', `There is no certificate ${id}.`, `ไม่พบเกียรติบัตรเลขที่ ${id}`);
      const {
        id: _id,
        issuerNameTh: _th,
        issuerNameEn: _en,
        issuerKeyId: _k,
        issuerPublicKey: _p,
        ...base
      } = payloadOf(old.code);
      return db.transaction(() => {
        // The old one must stop being live before the new one exists (one live certificate per achievement);
        // the foreign key to the new id is checked at commit.
        db.pragma('defer_foreign_keys = ON');
        certificates.supersede(id, '__pending__');
        const fresh = sign(old.profileId, base);
        certificates.supersede(id, fresh.id);
        return fresh;
      })();
    },

    /**
     * Issues the completion certificate for a completed course, once per learner and course version: call inside
     * the transaction that recorded the completion. Returns the existing one when it was already issued.
     */
    issueCompletion(profileId: string, pkg: CoursePackage, completedAt: string): CertificateSummary {
      const exam = pkg.manifest.finalExam
        ? attempts.results(profileId, pkg.manifest.id).get(pkg.manifest.finalExam)
        : undefined;
      return issueOnce(profileId, pkg, 'completion', completedAt, exam ? exam.bestPercent : null);
    },

    /**
     * A certificate of participation for a classroom session (issued by trainers, through the classroom feature):
     * once per learner and course version, like completion certificates.
     */
    issueParticipation(profileId: string, pkg: CoursePackage, attendedAt: string): CertificateSummary {
      return issueOnce(profileId, pkg, 'participation', attendedAt, null);
    },

    mine(profileId: string): CertificateSummary[] {
      return certificates.forProfile(profileId).map(summary);
    },

    /** A learner's own certificate (others' are not found). */
    own(profileId: string, id: string) {
      const c = certificates.find(id);
      if (!c || c.profileId !== profileId) {
        throw new AppError('NOT_FOUND', `There is no certificate ${id}.`, `ไม่พบเกียรติบัตรเลขที่ ${id}`);
      }
      return { summary: summary(c), payload: payloadOf(c.code) };
    },

    /** The certificate as a PDF (A4 landscape, both languages), for its owner. */
    async pdf(profileId: string, id: string): Promise<Buffer> {
      const c = certificates.find(id);
      if (!c || c.profileId !== profileId) {
        throw new AppError('NOT_FOUND', `There is no certificate ${id}.`, `ไม่พบเกียรติบัตรเลขที่ ${id}`);
      }
      return renderPdf(c.code);
    },

    /** Every live certificate, for exports: its id, code, payload, PDF and credential on demand. */
    all(filter: { courseId: string | null; since: string | null }) {
      return certificates.all(filter).map((c) => ({
        ...c,
        payload: payloadOf(c.code),
        pdf: () => renderPdf(c.code),
        credential: () => buildCredential(payloadOf(c.code), c.code, issuerKey(), c.issuedAt),
      }));
    },

    /** Reads a code, a PDF (its code is in the document title) or a credential JSON, and gives the verdict. */
    verifyInput(input: { code: string } | { pdfBase64: string } | { credentialJson: string }): Verdict {
      if ('code' in input) return this.verify(input.code);
      if ('pdfBase64' in input) {
        const code = codeFromPdf(Buffer.from(input.pdfBase64, 'base64'));
        return code ? this.verify(code) : this.verify('');
      }
      let credential: unknown;
      try {
        credential = JSON.parse(input.credentialJson);
      } catch {
        return this.verify('');
      }
      const { code, shown } = readCredential(credential);
      const verdict = this.verify(code ?? '', shown);
      if (verdict.verdict === 'invalid' || credentialProofValid(credential as Record<string, unknown>)) return verdict;
      return { ...verdict, verdict: 'invalid', reason: 'signature' };
    },

    /** The Open Badges 3.0 credential of a learner's own certificate. */
    credential(profileId: string, id: string) {
      const c = certificates.find(id);
      if (!c || c.profileId !== profileId) {
        throw new AppError('NOT_FOUND', `There is no certificate ${id}.`, `ไม่พบเกียรติบัตรเลขที่ ${id}`);
      }
      return buildCredential(payloadOf(c.code), c.code, issuerKey(), c.issuedAt);
    },

    verify(code: string, shownFields: Partial<Record<string, unknown>> = {}): Verdict {
      issuerKey();
      return verifyCode(
        code,
        {
          trustedIssuer: (keyId) => {
            const name = certificates.trustedName(keyId);
            return name ? (JSON.parse(name) as { th: string; en: string }) : null;
          },
          revocation: (id) => certificates.revocation(id),
          knownPayload: (id, signature) => {
            const c = certificates.withSignature(signature) ?? certificates.find(id);
            return c ? payloadOf(c.code) : null;
          },
        },
        shownFields,
      );
    },
  };
}
export type CertificateService = ReturnType<typeof createCertificateService>;
