import { describe, expect, it } from 'vitest';
import { initialOf } from '../../renderer/src/components/initial.ts';

describe('profile avatar initial', () => {
  it('skips English and Thai honorifics', () => {
    expect(initialOf('Mrs Phuyaiban Jaidee')).toBe('P');
    expect(initialOf('Mr. kik Ruecha')).toBe('K');
    expect(initialOf('นางสาวปิ่นมณี ศักดิ์สิทธิ์')).toBe('ป');
    expect(initialOf('นายกิ๊ก ฤๅชา')).toBe('ก');
  });

  it('skips a Thai leading vowel to the consonant', () => {
    expect(initialOf('นางเพ็ญศรี ใจดี')).toBe('พ');
    expect(initialOf('ไพโรจน์')).toBe('พ');
  });

  it('keeps a name with no honorific', () => {
    expect(initialOf('Somchai')).toBe('S');
    expect(initialOf('สมชาย')).toBe('ส');
  });
});
