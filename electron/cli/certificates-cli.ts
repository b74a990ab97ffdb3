import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificateService } from '../core/certificates/certificate-service.ts';
import { certificateManifestCsv } from '../core/certificates/manifest-csv.ts';
import type { Verdict } from '../shared/certificates/verdict.ts';
import { UserFacingError } from './serve.ts';

/** Reads what `rian certificates verify` was given: a PDF, a credential JSON, or the code itself. */
export function verifyArgument(service: CertificateService, arg: string): Verdict {
  if (existsSync(arg)) {
    const bytes = readFileSync(arg);
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-')
      return service.verifyInput({ pdfBase64: bytes.toString('base64') });
    return service.verifyInput({ credentialJson: bytes.toString('utf8') });
  }
  return service.verifyInput({ code: arg });
}

export function printVerdict(verdict: Verdict, out: (line: string) => void): void {
  const issuer = verdict.issuerName ? ` (${verdict.issuerName.en} / ${verdict.issuerName.th})` : '';
  const headline = {
    valid: `VALID${issuer}`,
    untrustedIssuer: 'VALID SIGNATURE, UNTRUSTED ISSUER: this issuer is not in the trusted list',
    revoked: `REVOKED: ${verdict.revokedReason ?? ''}`,
    invalid: `INVALID: ${verdict.reason === 'format' ? 'not a readable certificate' : verdict.reason === 'fields' ? 'shown details differ from the signed ones' : 'changed after signing'}`,
  }[verdict.verdict];
  out(headline);
  if (verdict.mismatchedFields.length) out(`changed fields: ${verdict.mismatchedFields.join(', ')}`);
  if (verdict.payload)
    for (const [field, value] of Object.entries(verdict.payload)) out(`  ${field}: ${String(value)}`);
}

/** Writes each certificate's PDF and credential into DIR, and a manifest.csv (UTF-8 with BOM for Excel). */
export async function exportCertificates(
  service: CertificateService,
  dir: string,
  filter: { courseId: string | null; since: string | null },
  out: (line: string) => void,
): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const list = service.all(filter);
  const write = (name: string, data: Buffer | string) => {
    writeFileSync(join(dir, `${name}.part`), data);
    renameSync(join(dir, `${name}.part`), join(dir, name));
  };
  // The next certificate is prepared (signed data, QR) while Chromium prints the current one.
  let current = list[0]?.pdf();
  for (const [i, c] of list.entries()) {
    const next = list[i + 1]?.pdf();
    write(`${c.id}.pdf`, await current!);
    current = next;
    write(`${c.id}.credential.json`, JSON.stringify(c.credential(), null, 2));
    out(`  ${i + 1}/${list.length} ${c.id}`);
  }
  writeFileSync(join(dir, 'manifest.csv'), certificateManifestCsv(list));
  if (list.length === 0) out('No certificates match.');
  return list.length;
}

export function parseSince(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UserFacingError(`--since must be a date like 2026-11-01, not "${value}".`);
  }
  return `${value}T00:00:00.000Z`;
}
