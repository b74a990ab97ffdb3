import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thaiSortKey } from '../../electron/core/text/thai-sort-key.ts';

const NAMES = [
  'สมชาย ใจดี',
  'สมหญิง รักเรียน',
  'วิภาวดี ศรีสุข',
  'เกศินี แก้วมณี',
  'แก้วตา ทองดี',
  'โสภา พึ่งบุญ',
  'ใจดี มีสุข',
  'ไพโรจน์ ชัยมงคล',
  'กนกพร สุขใจ',
  'ก้องภพ ศักดิ์ดี',
  'กิตติ ภักดี',
  'ขวัญใจ บุญมา',
  'ฉัตรชัย วงศ์ไทย',
  'ณัฐพล ปัญญาดี',
  'ธนากร ศรีวงศ์',
  'นภัสสร ใจงาม',
  'บุญมี มั่นคง',
  'ปิยะ สายสุวรรณ',
  'พรทิพย์ ทองคำ',
  'มานพ เพชรดี',
  'ฤทัย ชัยชนะ',
  'ลำดวน หอมกลิ่น',
  'ศิริพร ผลดี',
  'อรุณี แสงทอง',
  'ฮานีฟะห์ สาและ',
  'เอกชัย ศรีสวัสดิ์',
  'เบญจมาศ นาคสุข',
  'ไก่ ขันดี',
  'กา ดำดี',
  'ก่า ดำดี',
  'ก้า ดำดี',
  'เก ดี',
  'แก ดี',
  'เก่ง กล้า',
  'กรุณา ใจบุญ',
  'จันทร์เพ็ญ แจ่มใส',
  'ตุ๊กตา น่ารัก',
  'ถนอม ศรีสุข',
  'ทองคำ แท้จริง',
  'ประเสริฐ เลิศล้ำ',
  'ผกามาศ บานเย็น',
  'ภานุวัฒน์ วัฒนา',
  'หทัยรัตน์ รัตนา',
];

describe('Thai sort keys', () => {
  it('order names exactly as a Thai dictionary (ICU) does, by plain binary comparison', () => {
    const byCollator = [...NAMES].sort(new Intl.Collator('th').compare);
    const byKey = [...NAMES].sort((a, b) =>
      thaiSortKey(a) < thaiSortKey(b) ? -1 : thaiSortKey(a) > thaiSortKey(b) ? 1 : 0,
    );
    expect(byKey).toEqual(byCollator);
  });

  it('agree with ICU on any two names built from common Thai given names and surnames', () => {
    const words = NAMES.flatMap((n) => n.split(' '));
    const name = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} ${b}`);
    const collator = new Intl.Collator('th');
    fc.assert(
      fc.property(name, name, (a, b) => {
        const byKey = Math.sign(thaiSortKey(a) < thaiSortKey(b) ? -1 : thaiSortKey(a) > thaiSortKey(b) ? 1 : 0);
        expect(byKey).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('fold Latin case and keep different spellings apart', () => {
    expect(thaiSortKey('Somchai')).toBe(thaiSortKey('somchai'));
    expect(thaiSortKey('ก่า')).not.toBe(thaiSortKey('ก้า'));
  });
});
