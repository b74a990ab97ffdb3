import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/core/backend.ts';
import { createConfSettingsStore } from '../../electron/core/settings/conf-settings-store.ts';
import { RENDERER_BUILD_DIR } from '../../electron/paths.ts';
import { openHttpDoor, TOKEN_HEADER, type HttpDoor } from '../../electron/server/http-door.ts';
import { coursesFixture, tempDir } from '../support/temp.ts';
import { request } from 'node:http';

let door: HttpDoor;
let backend: Backend;
let cleanup = () => {};

beforeAll(async () => {
  const t = tempDir();
  backend = createBackend({
    dataDir: t.dir,
    coursesDir: coursesFixture(t.dir),
    settings: createConfSettingsStore(t.dir),
    appVersion: 't',
  });
  door = await openHttpDoor({ dispatch: backend.dispatch, rendererDir: RENDERER_BUILD_DIR });
  cleanup = t.cleanup;
});
afterAll(async () => {
  await door.close();
  backend.close();
  cleanup();
});

/** Raw HTTP so the Host and Origin headers are exactly what a test says (fetch would rewrite them). */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: door.port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
const api = (channel: string, headers: Record<string, string>, body = '{}') =>
  send(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP door', () => {
  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(door.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(door.port).toBeGreaterThan(0);
  });

  it('answers the contract with the per-launch token', async () => {
    const res = await api('profiles.list', { [TOKEN_HEADER]: door.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: [] });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await api('profiles.list', {})).status).toBe(401);
    expect((await api('profiles.list', { [TOKEN_HEADER]: 'x'.repeat(door.token.length) })).status).toBe(401);
  });

  it('refuses calls from a foreign Origin even with the token', async () => {
    const res = await api('profiles.list', { [TOKEN_HEADER]: door.token, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const own = await api('profiles.list', { [TOKEN_HEADER]: door.token, origin: `http://127.0.0.1:${door.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses requests whose Host is not this server (DNS rebinding)', async () => {
    expect((await send('/', { headers: { host: `evil.example:${door.port}` } })).status).toBe(421);
  });

  it('refuses every admin channel over HTTP until the admin role is unlocked, to learners and trainers too', async () => {
    const { CHANNELS, contract } = await import('../../electron/shared/contract.ts');
    const adminChannels = CHANNELS.filter((c) => contract[c].role === 'admin');
    expect(adminChannels.length).toBeGreaterThan(25);
    const refuseAll = async () => {
      for (const channel of adminChannels) {
        const res = await api(channel, { [TOKEN_HEADER]: door.token });
        expect(JSON.parse(res.body), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    };
    await refuseAll();
    const learner = { nameTh: 'นางสาวทดสอบ สิทธิ์', nameEn: 'Ms Test Rights', agency: 'สพร.', position: 'นักวิชาการ' };
    expect(
      JSON.parse((await api('profiles.create', { [TOKEN_HEADER]: door.token }, JSON.stringify(learner))).body),
    ).toMatchObject({ ok: true });
    await refuseAll();
    const trainer = JSON.stringify({ passphrase: 'วิทยากร ห้องเรียน 2569' });
    expect(
      JSON.parse((await api('trainer.setPassphrase', { [TOKEN_HEADER]: door.token }, trainer)).body),
    ).toMatchObject({
      ok: true,
      data: { isUnlocked: true },
    });
    await refuseAll();
  });

  it('rejects oversized bodies, non-JSON bodies and unknown channels with specific answers', async () => {
    expect((await api('profiles.create', { [TOKEN_HEADER]: door.token }, 'x'.repeat(1_100_000))).status).toBe(413);
    expect(JSON.parse((await api('profiles.list', { [TOKEN_HEADER]: door.token }, '{oops')).body)).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(JSON.parse((await api('admin.dropEverything', { [TOKEN_HEADER]: door.token })).body)).toMatchObject({
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('serves the UI with the token and a strict CSP, and nothing outside the build folder', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain(`<meta name="rian-token" content="${door.token}" />`);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/../../package.json',
      '/..%2f..%2fpackage.json',
    ]) {
      expect((await send(path)).status).toBe(404);
    }
  });
});
