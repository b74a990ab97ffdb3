import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatch } from '../../electron/core/dispatch.ts';
import { createSession, ROLE_IDLE_MS, unlockRole } from '../../electron/core/session.ts';
import { AppError } from '../../electron/shared/errors.ts';

const spec = {
  'greet.public': { role: 'public', input: z.strictObject({ name: z.string().min(1) }), output: z.string() },
  'notes.mine': { role: 'learner', input: z.strictObject({}), output: z.array(z.string()) },
  'roster.list': { role: 'trainer', input: z.strictObject({}), output: z.number() },
  'records.export': { role: 'admin', input: z.strictObject({}), output: z.number() },
  'broken.output': { role: 'public', input: z.strictObject({}), output: z.number() },
  'broken.throws': { role: 'public', input: z.strictObject({}), output: z.number() },
  'expected.failure': { role: 'public', input: z.strictObject({}), output: z.number() },
} as const;

function setup() {
  const log = { error: vi.fn() };
  const dispatch = createDispatch(
    spec,
    {
      'greet.public': ({ name }) => `hello ${name}`,
      'notes.mine': (_i, { session }) => [session.profileId!],
      'roster.list': () => 1,
      'records.export': () => 2,
      'broken.output': () => 'not a number' as unknown as number,
      'broken.throws': () => {
        throw new TypeError('boom');
      },
      'expected.failure': () => {
        throw new AppError('NOT_FOUND', 'No such thing.', 'ไม่พบ');
      },
    },
    log,
  );
  return { dispatch, log };
}

describe('dispatch', () => {
  it('runs a valid call and wraps the answer', async () => {
    const { dispatch } = setup();
    expect(await dispatch('greet.public', { name: 'Somsri' }, createSession())).toEqual({
      ok: true,
      data: 'hello Somsri',
    });
  });

  it('rejects bad input with INVALID_INPUT naming the field, before the handler runs', async () => {
    const { dispatch } = setup();
    const result = await dispatch('greet.public', { name: '' }, createSession());
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['name'] } });
    const extra = await dispatch('greet.public', { name: 'a', admin: true }, createSession());
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notObject = await dispatch('greet.public', 'Somsri', createSession());
    expect(notObject).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('rejects unknown channels, including inherited property names', async () => {
    const { dispatch } = setup();
    for (const name of ['nope.nothing', 'constructor', '__proto__', 'toString', '']) {
      expect(await dispatch(name, {}, createSession())).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  it('requires a signed-in profile for learner channels', async () => {
    const { dispatch } = setup();
    expect(await dispatch('notes.mine', {}, createSession())).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    const session = { ...createSession(), profileId: 'p1' };
    expect(await dispatch('notes.mine', {}, session)).toEqual({ ok: true, data: ['p1'] });
  });

  it('refuses trainer and admin channels with FORBIDDEN unless that role is unlocked', async () => {
    const { dispatch } = setup();
    const learner = { ...createSession(), profileId: 'p1' };
    expect(await dispatch('roster.list', {}, learner)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('records.export', {}, learner)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const trainer = { ...createSession(), profileId: 'p1' };
    unlockRole(trainer, 'trainer', Date.now());
    expect(await dispatch('roster.list', {}, trainer)).toEqual({ ok: true, data: 1 });
    expect(await dispatch('records.export', {}, trainer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets an unlocked admin do what a trainer does, never the reverse', async () => {
    const { dispatch } = setup();
    const admin = createSession();
    unlockRole(admin, 'admin', Date.now());
    expect(await dispatch('roster.list', {}, admin)).toEqual({ ok: true, data: 1 });
    expect(await dispatch('records.export', {}, admin)).toEqual({ ok: true, data: 2 });
  });

  it('locks an unlocked role again after it has been idle too long', async () => {
    const { dispatch } = setup();
    const admin = createSession();
    unlockRole(admin, 'admin', Date.now() - ROLE_IDLE_MS - 1);
    expect(await dispatch('records.export', {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(admin.unlockedRoles.has('admin')).toBe(false);
  });

  it('passes expected errors through with both languages and does not log them as bugs', async () => {
    const { dispatch, log } = setup();
    expect(await dispatch('expected.failure', {}, createSession())).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing.', messageTh: 'ไม่พบ' },
    });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('turns bugs (a throw, a broken output) into INTERNAL and logs them with their stack', async () => {
    const { dispatch, log } = setup();
    expect(await dispatch('broken.throws', {}, createSession())).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(await dispatch('broken.output', {}, createSession())).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(log.error).toHaveBeenCalledTimes(2);
    expect(log.error.mock.calls[0]![1]).toBeInstanceOf(TypeError);
  });
});
