import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { JOIN_CODE_HEADER, MEMBER_TOKEN_HEADER } from '../shared/live-classroom.ts';
import type { Dispatch } from '../core/dispatch.ts';
import type { ClassroomListener, Hub } from '../core/live-classroom/hub-service.ts';
import { jsonBody, readBody, refusal, send, sendJson, sendStatic } from './http-basics.ts';
import { createStaticFiles } from './static-files.ts';

/** A batch of 500 events is about 150 kB; nothing a trainee sends needs more. */
export const CLASSROOM_MAX_BODY_BYTES = 256 * 1024;

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Hosts a trainee's browser may use to reach the hub: an IP address, or this laptop's own name. A domain name that
 * merely points here (DNS rebinding, from a page elsewhere) is refused.
 */
function isRoomHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const own = hostname().toLowerCase();
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name === 'localhost' || name === own || name === `${own}.local`;
}

/**
 * The live classroom's door on the room's network: while the trainer keeps the classroom open it serves the same
 * user interface to trainees' browsers, and answers the API only to a join code or a member's token, only on the
 * classroom's channels (dispatch enforces that too), with small bodies. Closing it stops listening at once.
 */
export function createClassroomDoor({
  dispatch,
  hub,
  rendererDir,
  host = '0.0.0.0',
}: {
  dispatch: Dispatch;
  hub: Hub;
  rendererDir: string;
  host?: string;
}): ClassroomListener {
  const files = createStaticFiles(rendererDir, (html) =>
    html.replace('<head>', '<head>\n    <meta name="rian-classroom" content="1" />'),
  );
  return async (port) => {
    const server = createServer(async (req, res) => {
      try {
        const host = req.headers.host ?? '';
        if (!isRoomHost(host)) return refusal(res, 421, 'Unknown host');
        const url = new URL(req.url ?? '/', `http://${host}`);
        if (!url.pathname.startsWith('/api/')) {
          if (req.method !== 'GET' && req.method !== 'HEAD') return refusal(res, 405, 'Method not allowed');
          return sendStatic(res, req.method, url.pathname, files(url.pathname));
        }
        if (req.method !== 'POST') return refusal(res, 405, 'Use POST');
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== `http://${host}`) return refusal(res, 403, 'Foreign origin');
        const channel = url.pathname.slice('/api/'.length);
        const admission = hub.admitCaller(
          { code: header(req.headers[JOIN_CODE_HEADER]), token: header(req.headers[MEMBER_TOKEN_HEADER]) },
          req.socket.remoteAddress ?? '',
          channel,
        );
        if (!admission.ok) {
          res.setHeader('Connection', 'close');
          if (admission.retryAfterSeconds) res.setHeader('Retry-After', String(admission.retryAfterSeconds));
          return sendJson(res, admission.status, { ok: false, error: admission.error });
        }
        const body = await readBody(req, CLASSROOM_MAX_BODY_BYTES);
        if (body === 'tooLarge') {
          res.setHeader('Connection', 'close');
          return refusal(res, 413, 'Request too large');
        }
        const input = jsonBody(res, body);
        if (input === undefined) return;
        return sendJson(res, 200, await dispatch(channel, input, admission.session));
      } catch (error) {
        console.error('Classroom door failure', error);
        if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
      }
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return {
      port: (server.address() as AddressInfo).port,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  };
}

/** The backend's door factory, for the app and `rian serve`; RIAN_CLASSROOM_PORT overrides the port tried first. */
export function classroomDoorOptions(rendererDir: string) {
  const fromEnv = Number.parseInt(process.env.RIAN_CLASSROOM_PORT ?? '', 10);
  return {
    classroomDoor: (dispatch: Dispatch, hub: Hub) => createClassroomDoor({ dispatch, hub, rendererDir }),
    ...(Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv < 65536 ? { classroomPort: fromEnv } : {}),
  };
}
