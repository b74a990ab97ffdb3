import type { SessionPlan, SessionReport, SessionSummary } from '../../shared/classroom.ts';
import { sarabunFontFaces } from '../certificates/fonts.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'full', timeZone: 'UTC' });
const englishDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' });
const day = (date: string) => new Date(`${date}T00:00:00Z`);

const STYLE = `
  @page { size: A4 portrait; margin: 14mm 12mm; }
  body { font-family: 'Sarabun', sans-serif; font-size: 10.5pt; line-height: 1.55; color: #1b2430; margin: 0; }
  h1 { font-size: 17pt; margin: 0 0 2mm; line-height: 1.4; }
  h2 { font-size: 12.5pt; margin: 6mm 0 2mm; line-height: 1.45; break-after: avoid; }
  .en { color: #4d5a6a; }
  .meta { display: grid; grid-template-columns: 32mm 1fr; gap: 1mm 4mm; margin: 3mm 0; }
  .meta dt { font-weight: 600; }
  .meta dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 0.3mm solid #c9d2de; padding: 1.5mm 2mm; vertical-align: top; text-align: start; }
  th { background: #eef2f7; font-weight: 600; }
  tr { break-inside: avoid; }
  .num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .notes { font-size: 9.5pt; }
  .break td { background: #f7f9fb; color: #4d5a6a; }
  .yes { color: #1e6b4f; font-weight: 600; }
  .no { color: #a1262d; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>${sarabunFontFaces()}${STYLE}</style></head><body>${body}</body></html>`;
}

function header(s: SessionSummary, heading: { th: string; en: string }): string {
  const first = s.days[0]!.date;
  const last = s.days.at(-1)!.date;
  const range = (f: Intl.DateTimeFormat) =>
    first === last ? f.format(day(first)) : `${f.format(day(first))} – ${f.format(day(last))}`;
  return `<h1>${escape(heading.th)} <span class="en">/ ${escape(heading.en)}</span></h1>
<dl class="meta">
  <dt>รุ่น / Session</dt><dd>${escape(s.title)}</dd>
  <dt>หลักสูตร / Course</dt><dd>${escape(s.courseTitle.th)}<br><span class="en">${escape(s.courseTitle.en)}</span></dd>
  <dt>วันที่ / Dates</dt><dd>${escape(range(thaiDate))}<br><span class="en">${escape(range(englishDate))}</span></dd>
  <dt>สถานที่ / Venue</dt><dd>${escape(s.venue)}</dd>
  <dt>วิทยากร / Trainers</dt><dd>${s.trainers.map(escape).join(', ')}</dd>
  <dt>กลุ่มเป้าหมาย / Target group</dt><dd>${escape(s.targetGroup)}</dd>
</dl>`;
}

/** The trainer's run-sheet: each day's blocks with times, both languages' titles and the facilitator notes. */
export function runSheetHtml(s: SessionSummary, plan: SessionPlan): string {
  const days = plan.days
    .map((d) => {
      const rows = d.blocks
        .map(
          (b) => `<tr class="${b.kind === 'break' ? 'break' : ''}">
  <td class="num">${b.start}</td>
  <td>${escape(b.title.th)}<br><span class="en">${escape(b.title.en)}</span></td>
  <td class="num">${b.minutes} นาที<br><span class="en">${b.minutes} min</span></td>
  <td class="notes">${b.notes ? `${escape(b.notes.th)}<br><span class="en">${escape(b.notes.en)}</span>` : ''}</td>
</tr>`,
        )
        .join('');
      const title = `<h2>${escape(thaiDate.format(day(d.date)))} <span class="en">/ ${escape(englishDate.format(day(d.date)))}</span></h2>`;
      if (d.blocks.length === 0) {
        return `${title}<p>ยังไม่มีหัวข้อในวันนี้ <span class="en">/ Nothing planned for this day yet.</span></p>`;
      }
      return `${title}
<table><thead><tr><th>เวลา<br><span class="en">Time</span></th><th>หัวข้อ<br><span class="en">Topic</span></th>
<th>ระยะเวลา<br><span class="en">Length</span></th><th>บันทึกสำหรับวิทยากร<br><span class="en">Facilitator notes</span></th></tr></thead>
<tbody>${rows}</tbody></table>`;
    })
    .join('');
  return page(`Run-sheet — ${s.title}`, header(s, { th: 'กำหนดการอบรม', en: 'Session run-sheet' }) + days);
}

/** The session report: attendance, progress, exam and eligibility per trainee. */
export function reportHtml(r: SessionReport): string {
  const yes = (ok: boolean) => (ok ? '<span class="yes">✓ ใช่ / yes</span>' : '<span class="no">– ไม่ / no</span>');
  const rows = r.trainees
    .map(
      (t) => `<tr>
  <td>${escape(t.nameTh)}<br><span class="en">${escape(t.nameEn)}</span></td>
  <td>${escape(t.agency)}</td>
  <td class="num">${t.attendancePercent}%<br><span class="en">${t.attendedSlots}/${r.slots}</span></td>
  <td class="num">${t.lessonsCompleted}/${t.lessonsRequired}</td>
  <td class="num">${t.finalExam === null ? '–' : `${t.finalExam}%`}</td>
  <td>${yes(t.eligibleParticipation)}</td>
  <td>${yes(t.eligibleCompletion)}</td>
  <td>${t.certificates.map((c) => escape(c.id)).join('<br>')}</td>
</tr>`,
    )
    .join('');
  const body = `${header(r.session, { th: 'รายงานผลการอบรม', en: 'Session report' })}
<p>เกณฑ์การเข้าอบรม ${r.session.attendanceThreshold}% <span class="en">/ attendance threshold ${r.session.attendanceThreshold}%</span></p>
<table><thead><tr><th>ผู้เข้าอบรม<br><span class="en">Trainee</span></th><th>หน่วยงาน<br><span class="en">Agency</span></th>
<th>เข้าอบรม<br><span class="en">Attendance</span></th><th>บทเรียน<br><span class="en">Lessons</span></th>
<th>สอบ<br><span class="en">Exam</span></th><th>ได้รับรองการเข้าร่วม<br><span class="en">Participation</span></th>
<th>ได้รับรองการจบ<br><span class="en">Completion</span></th><th>เกียรติบัตร<br><span class="en">Certificates</span></th></tr></thead>
<tbody>${rows}</tbody></table>`;
  return page(`Report — ${r.session.title}`, body);
}
