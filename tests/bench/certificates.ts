import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { certificateHtml } from '../../electron/core/certificates/certificate-html.ts';
import { DEFAULT_ISSUER } from '../../electron/shared/certificates/issuer.ts';
import { generateIssuerKey, signPayload } from '../../electron/core/certificates/signing.ts';
import { createChromiumPdfRenderer } from '../../electron/server/chromium-pdf.ts';
import type { CertificatePayload } from '../../electron/shared/certificates/payload.ts';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../support/temp.ts';
import type { Figure } from './run.ts';

const BATCH = Number(process.env.RIAN_BENCH_CERTS ?? 1000);
const IN_FLIGHT = 2;
const NAMES = ['นางสาวปิ่นมณี ศักดิ์สิทธิ์', 'นายฤๅชา กิ๊กก้อง', 'นางผู้ใหญ่บ้าน ใจดี', 'นายศักดิ์สิทธิ์ มั่นคง'];

/** Signing and rendering a batch of 1,000 certificates with one warm Chromium page, as an admin's bulk export does. */
export async function benchCertificates(): Promise<Figure[]> {
  const key = generateIssuerKey();
  const renderer = createChromiumPdfRenderer();
  const t = tempDir('rian-bench-');
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const htmlFor = (i: number) => {
    const payload: CertificatePayload = {
      v: 1,
      id: `DGA-2569-${String(i + 1).padStart(6, '0')}`,
      kind: 'completion',
      nameTh: NAMES[i % NAMES.length]!,
      nameEn: `Learner ${i}`,
      agency: 'สำนักงานพัฒนารัฐบาลดิจิทัล',
      courseId: 'ai-for-public-sector',
      courseVersion: '1.0.0',
      courseTitleTh: 'ปัญญาประดิษฐ์สำหรับภาครัฐ',
      courseTitleEn: 'AI for the Public Sector',
      hours: 11,
      score: 80 + (i % 20),
      completedOn: '2026-11-21',
      issuerNameTh: DEFAULT_ISSUER.name.th,
      issuerNameEn: DEFAULT_ISSUER.name.en,
      issuerKeyId: key.keyId,
      issuerPublicKey: key.publicKey,
    };
    return certificateHtml(payload, signPayload(payload, key), DEFAULT_ISSUER);
  };
  // Two certificates in flight, one per warm page, as the ZIP export and the CLI run a batch.
  const inFlight: Promise<Buffer>[] = [];
  const start = async (i: number) => inFlight.push(renderer.render(await htmlFor(i)));
  for (let i = 0; i < Math.min(IN_FLIGHT, BATCH); i++) await start(i);
  for (let i = 0; i < BATCH; i++) {
    const pdf = await inFlight.shift()!;
    if (i + IN_FLIGHT < BATCH) await start(i + IN_FLIGHT);
    writeFileSync(join(t.dir, `${i % 10}.pdf`), pdf);
    if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  await renderer.close();
  t.cleanup();
  return [
    {
      name: 'certificates per second (batch of 1,000)',
      value: Math.round((BATCH / seconds) * 10) / 10,
      unit: '/s',
      budget: 15,
      better: 'higher',
    },
    {
      name: 'certificate batch peak RSS (Node side)',
      value: Math.round(peakRss / 1024 / 1024),
      unit: 'MB',
      budget: 600,
      better: 'lower',
    },
  ];
}
