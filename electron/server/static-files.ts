import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { MIME_TYPES } from './security-headers.ts';

export type StaticFile = { body: Buffer; type: string };

/** Serves files of the built renderer only: anything that would resolve outside `root` is not found. */
export function createStaticFiles(root: string, transformIndex: (html: string) => string) {
  const realRoot = realpathSync(root);
  const indexHtml = transformIndex(readFileSync(resolve(realRoot, 'index.html'), 'utf8'));
  return (urlPath: string): StaticFile | null => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded === '/' || decoded === '/index.html') {
      return { body: Buffer.from(indexHtml), type: MIME_TYPES['.html']! };
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    const target = resolve(realRoot, `.${decoded}`);
    if (!existsSync(target)) return null;
    const real = realpathSync(target);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return null;
    const type = MIME_TYPES[extname(real).toLowerCase()];
    if (!type) return null;
    return { body: readFileSync(real), type };
  };
}
