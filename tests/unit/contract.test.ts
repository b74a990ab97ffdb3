import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES } from '../../electron/shared/channel-names.ts';
import { CHANNELS, contract } from '../../electron/shared/contract.ts';
import { buildWire } from '../../electron/shared/wire.ts';

describe('the contract', () => {
  it('lists exactly the same channels as the zod-free names the preload uses', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('gives every channel an area.verb name, a role, and input and output schemas', () => {
    for (const name of CHANNELS) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      const spec = contract[name];
      expect(['public', 'learner', 'trainer', 'admin', 'classroom', 'member']).toContain(spec.role);
      expect(spec.input).toBeInstanceOf(z.ZodType);
      expect(spec.output).toBeInstanceOf(z.ZodType);
    }
  });

  it('keeps its wire shape stable (schema snapshot: a change here is a change to both doors)', () => {
    const shape = Object.fromEntries(
      CHANNELS.map((name) => [
        name,
        {
          role: contract[name].role,
          input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
          output: z.toJSONSchema(contract[name].output, { unrepresentable: 'any' }),
        },
      ]),
    );
    expect(shape).toMatchSnapshot();
  });

  it('builds one function per channel, grouped by area, that sends the channel name', async () => {
    const sent: string[] = [];
    const wire = buildWire(async (channel) => {
      sent.push(channel);
      return { ok: true, data: null };
    });
    await wire.progress.completeLesson({ courseId: 'c', lessonId: 'l' });
    await wire.app.status({});
    expect(sent).toEqual(['progress.completeLesson', 'app.status']);
    const count = Object.values(wire).reduce((n, area) => n + Object.keys(area).length, 0);
    expect(count).toBe(CHANNELS.length);
  });
});

describe('the published course package schemas', () => {
  it('are exactly what the zod schemas generate (run `npm run rian -- courses schema` after changing them)', async () => {
    const { courseJsonSchemas } = await import('../../electron/cli/course-schemas.ts');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { BUNDLED_COURSES_DIR } = await import('../../electron/paths.ts');
    for (const [file, text] of Object.entries(courseJsonSchemas())) {
      expect(readFileSync(join(BUNDLED_COURSES_DIR, 'schema', file), 'utf8')).toBe(text);
    }
  });
});
