import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/paths.ts';
import { startBackend, SOMSRI } from '../support/backend.ts';
import { completeQuizLab } from '../support/quiz-lab.ts';
import { coursesFixture, QUIZ_LAB, tempDir } from '../support/temp.ts';

const t = tempDir('rian-cert-cli-');
let courses = '';
let code = '';
let id = '';
beforeAll(async () => {
  courses = coursesFixture(t.dir, [QUIZ_LAB]);
  const backend = startBackend(join(t.dir, 'data'), courses);
  await backend.call('profiles.create', { ...SOMSRI, nameEn: '=HYPERLINK("x") Somsri' });
  await completeQuizLab(backend);
  ({ code, id } = (await backend.call('certificates.mine', {}))[0]!);
  backend.close();
});
afterAll(() => t.cleanup());

function rian(...args: string[]) {
  return spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'electron/cli/rian.ts'), ...args, '--data', join(t.dir, 'data')],
    {
      env: { ...process.env, RIAN_COURSES_DIR: courses },
      encoding: 'utf8',
    },
  );
}

describe('rian certificates', () => {
  it('exports PDFs, credentials and a manifest (UTF-8 BOM, formula-safe) that Excel reads', () => {
    const out = join(t.dir, 'export');
    const run = rian('certificates', 'export', '--out', out, '--course', QUIZ_LAB);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${id}.credential.json`, `${id}.pdf`, 'manifest.csv']);
    expect(id).toMatch(/^DGA-2569-[2-9A-Z]{4}-000001$/);
    const manifest = readFileSync(join(out, 'manifest.csv'), 'utf8');
    expect(manifest.startsWith('\uFEFFid,name_th,name_en')).toBe(true);
    expect(manifest).toContain(SOMSRI.nameTh);
    expect(manifest).toContain(`"'=HYPERLINK(""x"") Somsri"`);
    expect(existsSync(join(out, `${id}.pdf.part`))).toBe(false);
  });

  it('verifies a PDF, a credential and a code (exit 0), and fails a tampered code (exit 1)', () => {
    const out = join(t.dir, 'export');
    for (const arg of [join(out, `${id}.pdf`), join(out, `${id}.credential.json`), code]) {
      const run = rian('certificates', 'verify', arg);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^VALID \(Thailand Digital Government Academy/);
      expect(run.stdout).toContain(`nameTh: ${SOMSRI.nameTh}`);
    }
    const bad = rian('certificates', 'verify', code.slice(0, -3) + 'AAA');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^INVALID/);
  });

  it('explains a bad --since date', () => {
    const run = rian('certificates', 'export', '--out', join(t.dir, 'x'), '--since', 'yesterday');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--since must be a date like 2026-11-01');
  });
});
