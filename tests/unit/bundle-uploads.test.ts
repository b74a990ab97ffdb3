import { describe, expect, it } from 'vitest';
import { createBundleUploads } from '../../electron/core/bundles/bundle-uploads.ts';
import { BUNDLE_LIMITS } from '../../electron/shared/bundles/bundle-format.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');

function clock() {
  let ms = Date.UTC(2026, 11, 1, 9);
  return { now: () => new Date(ms), pass: (minutes: number) => void (ms += minutes * 60_000) };
}

describe('bundle uploads', () => {
  it('put a file back together from its pieces, in order', () => {
    const uploads = createBundleUploads(clock().now);
    const first = uploads.receive({
      uploadId: null,
      fileName: 'a.rianprogress',
      size: 6,
      offset: 0,
      base64: b64('abc'),
    });
    expect(first).toMatchObject({ received: 3, isComplete: false });
    expect(uploads.file(first.uploadId)).toBeNull();
    const { uploadId } = first;
    expect(uploads.receive({ uploadId, fileName: 'a.rianprogress', size: 6, offset: 3, base64: b64('def') })).toEqual({
      uploadId,
      received: 6,
      isComplete: true,
    });
    expect(uploads.file(uploadId)).toEqual({ fileName: 'a.rianprogress', bytes: Buffer.from('abcdef') });
  });

  it('refuse a piece out of order, a piece beyond the declared size, and an unknown upload', () => {
    const uploads = createBundleUploads(clock().now);
    const { uploadId } = uploads.receive({ uploadId: null, fileName: 'a', size: 4, offset: 0, base64: b64('ab') });
    expect(() => uploads.receive({ uploadId, fileName: 'a', size: 4, offset: 3, base64: b64('d') })).toThrow(
      /out of order/,
    );
    expect(() => uploads.receive({ uploadId, fileName: 'a', size: 4, offset: 2, base64: b64('cde') })).toThrow(
      /out of order/,
    );
    expect(() => uploads.receive({ uploadId: 'nope', fileName: 'a', size: 4, offset: 0, base64: '' })).toThrow(
      /no longer waiting/,
    );
  });

  it('forget files an hour after their last use, and the oldest first when too much is held', () => {
    const time = clock();
    const uploads = createBundleUploads(time.now);
    const small = uploads.receive({ uploadId: null, fileName: 'old', size: 1, offset: 0, base64: b64('x') }).uploadId;
    time.pass(61);
    uploads.receive({ uploadId: null, fileName: 'new', size: 1, offset: 0, base64: b64('y') });
    expect(uploads.file(small)).toBeNull();

    const big = () =>
      uploads.receive({ uploadId: null, fileName: 'big', size: BUNDLE_LIMITS.fileBytes, offset: 0, base64: '' })
        .uploadId;
    const first = big();
    for (let i = 0; i < 4; i++) big();
    expect(uploads.fileName(first)).toBeNull();
  });
});
