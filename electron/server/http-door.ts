import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch.ts';
import { createSession } from '../core/session.ts';
import { jsonBody, readBody, refusal, send, sendJson, sendStatic } from './http-basics.ts';
import { createStaticFiles } from './static-files.ts';

export const TOKEN_HEADER = 'x-rian-token';
const MAX_BODY_BYTES = 1024 * 1024;

export type HttpDoorOptions = {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
};

export type HttpDoor = {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/**
 * The contract over HTTP on 127.0.0.1: a random port, a per-launch token required in a header on every call, the
 * Host and Origin checked against this server's own address (against DNS rebinding and other sites), and static
 * files only from the built renderer. The token reaches the page inside index.html, which other origins cannot read.
 */
export async function openHttpDoor({ dispatch, rendererDir, port = 0 }: HttpDoorOptions): Promise<HttpDoor> {
  const token = randomBytes(24).toString('base64url');
  const session = createSession();
  const files = createStaticFiles(rendererDir, (html) =>
    html.replace('<head>', `<head>\n    <meta name="rian-token" content="${token}" />`),
  );
  let allowedHosts: Set<string> = new Set();

  const server = createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!allowedHosts.has(host)) return refusal(res, 421, 'Unknown host');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refusal(res, 405, 'Use POST');
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
          return refusal(res, 403, 'Foreign origin');
        }
        const given = req.headers[TOKEN_HEADER];
        if (!sameToken(Array.isArray(given) ? given[0] : given, token))
          return refusal(res, 401, 'Missing or wrong token');
        const body = await readBody(req, MAX_BODY_BYTES);
        if (body === 'tooLarge') {
          res.setHeader('Connection', 'close');
          return refusal(res, 413, 'Request too large');
        }
        const input = jsonBody(res, body);
        if (input === undefined) return;
        return sendJson(res, 200, await dispatch(url.pathname.slice('/api/'.length), input, session));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refusal(res, 405, 'Method not allowed');
      return sendStatic(res, req.method, url.pathname, files(url.pathname));
    } catch (error) {
      console.error('HTTP door failure', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actualPort}`, `localhost:${actualPort}`]);
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
