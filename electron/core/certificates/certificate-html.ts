import QRCode from 'qrcode';
import type { CertificatePayload } from '../../shared/certificates/payload.ts';
import { sarabunFontFaces } from './fonts.ts';
import type { IssuerProfile } from '../../shared/certificates/issuer.ts';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 21 พฤศจิกายน 2569 and 21 November 2026, from the YYYY-MM-DD completion date. */
export function certificateDates(completedOn: string): { th: string; en: string } {
  const date = new Date(`${completedOn}T12:00:00Z`);
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return { th: format('th-TH-u-ca-buddhist'), en: format('en-GB') };
}

const STYLE = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; width: 297mm; height: 210mm; font-family: 'Sarabun', sans-serif; color: #1b2430; }
.sheet { position: relative; width: 297mm; height: 210mm; padding: 13mm 18mm; background: #fffdf7; }
.frame { position: absolute; inset: 7mm; border: 2.2mm solid #1f3b63; }
.frame::after { content: ''; position: absolute; inset: 1.6mm; border: 0.5mm solid #c9a227; }
.content { position: relative; height: 100%; display: flex; flex-direction: column; align-items: center; text-align: center; padding: 6mm 14mm 0; }
.issuer { font-size: 15pt; font-weight: 600; color: #1f3b63; line-height: 1.5; }
.issuer-en { font-size: 11pt; color: #4d5a6a; letter-spacing: 0.04em; }
.title { margin-top: 5mm; font-size: 32pt; font-weight: 700; color: #1f3b63; line-height: 1.45; }
.title-en { font-size: 14pt; letter-spacing: 0.06em; text-transform: uppercase; color: #8a6d12; }
.given { margin-top: 5mm; font-size: 12pt; color: #4d5a6a; }
/* Regular weight thickened with a stroke: Sarabun's bold faces make PDF text extraction split ปิ่ in two. */
.strong-th { font-weight: 400; -webkit-text-stroke: 0.55pt currentColor; }
.name { margin-top: 1mm; font-size: 30pt; line-height: 1.6; padding-top: 1mm; }
.name-en { font-size: 17pt; font-weight: 600; color: #33404f; line-height: 1.4; }
.agency { font-size: 12pt; color: #4d5a6a; margin-top: 1mm; }
.for { margin-top: 4mm; font-size: 12pt; color: #4d5a6a; line-height: 1.5; }
.course { font-size: 19pt; color: #1f3b63; line-height: 1.55; }
.course-en { font-size: 13pt; font-weight: 600; color: #33404f; }
.facts { margin-top: 3mm; font-size: 11.5pt; line-height: 1.6; }
.footer { margin-top: auto; width: 100%; display: grid; grid-template-columns: 46mm 1fr 46mm; align-items: end; gap: 6mm; padding-bottom: 4mm; }
.qr svg { width: 44mm; height: 44mm; display: block; margin: -3mm 0 0 -3mm; }
.qr p { margin: 1mm 0 0; font-size: 7.5pt; color: #4d5a6a; text-align: left; }
.signatories { display: flex; justify-content: center; gap: 16mm; }
.sign { min-width: 62mm; font-size: 10.5pt; line-height: 1.5; }
.sign .line { border-bottom: 0.3mm solid #1b2430; margin-bottom: 1.5mm; height: 14mm; display: flex; align-items: flex-end; justify-content: center; }
.sign .line img { max-height: 13mm; max-width: 55mm; }
.sign .who-en { font-size: 9.5pt; color: #33404f; }
.logo { height: 16mm; margin-bottom: 2mm; }
.sign .who { font-weight: 700; }
.id { text-align: right; font-size: 9pt; color: #4d5a6a; line-height: 1.5; }
.id strong { display: block; font-size: 11pt; color: #1b2430; letter-spacing: 0.04em; }
`;

/** The certificate as one HTML page (A4 landscape, both languages, Sarabun inlined, the signed code as a QR). */
export async function certificateHtml(
  payload: CertificatePayload,
  code: string,
  issuer: IssuerProfile,
): Promise<string> {
  const dates = certificateDates(payload.completedOn);
  // A fixed mask (any of the eight is valid) skips scoring all eight, which is most of the QR's cost in a batch.
  const qr = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, maskPattern: 2 });
  const score = payload.score === null ? '' : ` · คะแนน ${payload.score}% / score ${payload.score}%`;
  const isCompletion = payload.kind === 'completion';
  const signatories = issuer.signatories
    .map(
      (
        s,
      ) => `<div class="sign"><div class="line">${s.signatureImage ? `<img src="${s.signatureImage}" alt="">` : ''}</div>
        <div class="who">${escape(s.name.th)}</div><div class="who-en">${escape(s.name.en)}</div>
        <div>${escape(s.title.th)}</div><div>${escape(s.title.en)}</div></div>`,
    )
    .join('');
  const logo = issuer.logo ? `<img class="logo" src="${issuer.logo}" alt="">` : '';
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escape(code)}</title>
<style>${sarabunFontFaces()}${STYLE}</style></head><body><div class="sheet"><div class="frame"></div><div class="content">
${logo}<div class="issuer">${escape(payload.issuerNameTh)}</div>
<div class="issuer-en">${escape(payload.issuerNameEn)}</div>
<div class="title">เกียรติบัตร</div>
<div class="title-en">${isCompletion ? 'Certificate of Completion' : 'Certificate of Participation'}</div>
<div class="given">มอบให้ไว้เพื่อแสดงว่า · This is to certify that</div>
<div class="name strong-th" lang="th">${escape(payload.nameTh)}</div>
<div class="name-en" lang="en">${escape(payload.nameEn)}</div>
<div class="agency">${escape(payload.agency)}</div>
<div class="for">${isCompletion ? 'ได้ผ่านการอบรมและสำเร็จหลักสูตร · has successfully completed' : 'ได้เข้าร่วมการอบรมหลักสูตร · has taken part in'}</div>
<div class="course strong-th" lang="th">${escape(payload.courseTitleTh)}</div>
<div class="course-en" lang="en">${escape(payload.courseTitleEn)}</div>
<div class="facts">${payload.hours} ชั่วโมง / hours${score}<br>ให้ไว้ ณ วันที่ ${escape(dates.th)} · Given on ${escape(dates.en)}</div>
<div class="footer"><div class="qr">${qr}<p>สแกนเพื่อตรวจสอบ · Scan to verify</p></div>
<div class="signatories">${signatories}</div>
<div class="id">เลขที่ · No.<strong>${escape(payload.id)}</strong>รุ่นหลักสูตร ${escape(payload.courseVersion)}</div></div>
</div></div></body></html>`;
}
