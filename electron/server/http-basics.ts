import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.ts';

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function refusal(res: ServerResponse, status: number, message: string) {
  sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN', message, messageTh: 'ปฏิเสธคำขอ' } });
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Answer at once and drain the rest unbuffered, so the client reads a 413 rather than a reset.
        resolve('tooLarge');
        chunks.length = 0;
        if (size > 20 * maxBytes) req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The request body as JSON (an empty body is `{}`), or undefined after answering 400. */
export function jsonBody(res: ServerResponse, body: Buffer): unknown {
  try {
    return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The request is not JSON.', messageTh: 'คำขอไม่ใช่ JSON' },
    });
    return undefined;
  }
}

/** A built renderer file, immutable assets cached for a year. */
export function sendStatic(
  res: ServerResponse,
  method: string | undefined,
  pathname: string,
  file: { body: Buffer; type: string } | null,
) {
  if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  const cache: Record<string, string> = pathname.startsWith('/assets/')
    ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
    : {};
  return send(res, 200, method === 'HEAD' ? '' : file.body, file.type, cache);
}
