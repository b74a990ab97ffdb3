import { z } from 'zod';
import type { Bilingual } from '../bilingual.ts';
import { BUNDLE_LIMITS } from './bundle-format.ts';

/** Why a bundle is not merged; each has a message a trainer can act on. */
const REJECTION_CODES = [
  'notReceived',
  'empty',
  'tooLarge',
  'foreign',
  'truncated',
  'damaged',
  'newerVersion',
  'malformed',
  'tampered',
  'tooManyEvents',
  'learnerDeleted',
] as const;
const rejectionCodeSchema = z.enum(REJECTION_CODES);
type RejectionCode = z.infer<typeof rejectionCodeSchema>;

const MB = (bytes: number) => Math.round(bytes / (1024 * 1024));

const MESSAGES: Record<RejectionCode, Bilingual> = {
  notReceived: {
    en: 'The file did not arrive completely. Choose it again.',
    th: 'ได้รับไฟล์ไม่ครบ กรุณาเลือกไฟล์อีกครั้ง',
  },
  empty: { en: 'The file is empty.', th: 'ไฟล์นี้ว่างเปล่า' },
  tooLarge: {
    en: `The file is larger than ${MB(BUNDLE_LIMITS.fileBytes)} MB, more than one bundle may hold.`,
    th: `ไฟล์มีขนาดเกิน ${MB(BUNDLE_LIMITS.fileBytes)} MB ซึ่งเกินกว่าที่ไฟล์ความก้าวหน้าหนึ่งไฟล์จะรับได้`,
  },
  foreign: {
    en: 'This is not a Rian progress file. Choose a .rianprogress file exported from Rian.',
    th: 'ไฟล์นี้ไม่ใช่ไฟล์ความก้าวหน้าของโปรแกรมเรียน กรุณาเลือกไฟล์ .rianprogress ที่ส่งออกจากโปรแกรมเรียน',
  },
  truncated: {
    en: 'The file is incomplete: it was cut short, perhaps while copying. Copy or export it again.',
    th: 'ไฟล์ไม่สมบูรณ์ ข้อมูลขาดหายไป อาจเกิดระหว่างการคัดลอก กรุณาคัดลอกหรือส่งออกใหม่',
  },
  damaged: {
    en: 'The file is damaged: its contents no longer match their checksum. Copy it again from the laptop that made it.',
    th: 'ไฟล์เสียหาย ข้อมูลไม่ตรงกับค่าตรวจสอบ กรุณาคัดลอกใหม่จากเครื่องที่สร้างไฟล์',
  },
  newerVersion: {
    en: 'This bundle was made by a newer version of Rian. Update Rian on this laptop, then import it.',
    th: 'ไฟล์นี้สร้างจากโปรแกรมเรียนรุ่นใหม่กว่า กรุณาปรับรุ่นโปรแกรมในเครื่องนี้ก่อนนำเข้า',
  },
  malformed: {
    en: 'The bundle’s contents are not what Rian expects.',
    th: 'เนื้อหาในไฟล์ไม่อยู่ในรูปแบบที่โปรแกรมเรียนรองรับ',
  },
  tampered: {
    en: 'The bundle was changed after it was made: its signature does not match its contents.',
    th: 'ไฟล์ถูกแก้ไขหลังจากสร้าง ลายมือชื่อดิจิทัลไม่ตรงกับเนื้อหา',
  },
  tooManyEvents: {
    en: `The bundle holds more than ${BUNDLE_LIMITS.events.toLocaleString('en')} events, more than one import may take.`,
    th: `ไฟล์มีรายการกิจกรรมเกิน ${BUNDLE_LIMITS.events.toLocaleString('en')} รายการ ซึ่งเกินกว่าที่นำเข้าได้ในครั้งเดียว`,
  },
  learnerDeleted: {
    en: 'This learner was deleted on this laptop, so their progress is not brought back.',
    th: 'ผู้เรียนรายนี้ถูกลบออกจากเครื่องนี้แล้ว จึงไม่นำความก้าวหน้ากลับมา',
  },
};

export const rejectionSchema = z.strictObject({
  code: rejectionCodeSchema,
  message: z.strictObject({ th: z.string(), en: z.string() }),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** The rejection with its message; `detail` (English, technical) names what was wrong, for malformed bundles. */
export function rejection(code: RejectionCode, detail?: string): Rejection {
  const message = MESSAGES[code];
  return detail
    ? { code, message: { en: `${message.en} (${detail})`, th: `${message.th} (${detail})` } }
    : { code, message };
}
