import { once } from 'node:events';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/** Beyond this a ZIP needs the 64-bit extensions; an export never comes near it, so it stops with a clear error. */
const ZIP32_LIMIT = 0xffff_ffff;

/** 1 January 1980, the earliest date a ZIP can hold: exports carry no file times (zero would be an invalid date). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

type Entry = { name: Buffer; offset: number; crc: number; compressed: number; size: number };

/**
 * A ZIP written entry after entry with Node's native deflate (fflate's JavaScript deflate took half of a large
 * export's time). Sizes and CRCs follow each entry in a data descriptor, so nothing is held back; `write` is the
 * caller's back-pressured file writer.
 */
export function createZipStream(write: (bytes: Uint8Array) => Promise<void>) {
  const entries: Entry[] = [];
  let offset = 0;
  const emit = async (bytes: Uint8Array) => {
    offset += bytes.length;
    if (offset > ZIP32_LIMIT) throw new Error('The export is larger than 4 GB; narrow the filters and export again.');
    await write(bytes);
  };

  return {
    /** Starts an entry; push its content in order, then `end` it before starting the next. */
    async entry(fileName: string) {
      const name = Buffer.from(fileName, 'utf8');
      const entry: Entry = { name, offset, crc: 0, compressed: 0, size: 0 };
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
      header.writeUInt16LE(8, 8); // deflate
      header.writeUInt16LE(DOS_DATE, 12);
      header.writeUInt16LE(name.length, 26);
      await emit(Buffer.concat([header, name]));
      const deflate: DeflateRaw = createDeflateRaw({ level: 6 });
      const output: Buffer[] = [];
      deflate.on('data', (chunk: Buffer) => output.push(chunk));
      const drain = async () => {
        for (const chunk of output.splice(0)) {
          entry.compressed += chunk.length;
          await emit(chunk);
        }
      };
      return {
        async push(bytes: Uint8Array): Promise<void> {
          entry.crc = crc32(bytes, entry.crc);
          entry.size += bytes.length;
          deflate.write(bytes);
          await new Promise<void>((resolve, reject) =>
            deflate.flush(constants.Z_SYNC_FLUSH, (error?: Error | null) => (error ? reject(error) : resolve())),
          );
          await drain();
        },
        async end(): Promise<void> {
          deflate.end();
          await once(deflate, 'end');
          await drain();
          const descriptor = Buffer.alloc(16);
          descriptor.writeUInt32LE(0x08074b50, 0);
          descriptor.writeUInt32LE(entry.crc >>> 0, 4);
          descriptor.writeUInt32LE(entry.compressed, 8);
          descriptor.writeUInt32LE(entry.size, 12);
          await emit(descriptor);
          entries.push(entry);
        },
      };
    },
    /** The central directory: where every entry starts, with its CRC and sizes. */
    async finish(): Promise<void> {
      const start = offset;
      for (const e of entries) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(20, 4);
        header.writeUInt16LE(20, 6);
        header.writeUInt16LE(0x0808, 8);
        header.writeUInt16LE(8, 10);
        header.writeUInt16LE(DOS_DATE, 14);
        header.writeUInt32LE(e.crc >>> 0, 16);
        header.writeUInt32LE(e.compressed, 20);
        header.writeUInt32LE(e.size, 24);
        header.writeUInt16LE(e.name.length, 28);
        header.writeUInt32LE(e.offset, 42);
        await emit(Buffer.concat([header, e.name]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(entries.length, 8);
      end.writeUInt16LE(entries.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      await emit(end);
    },
  };
}
