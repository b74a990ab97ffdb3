#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupDatabase, restoreDatabase } from '../core/admin/backup.ts';
import { createAuditLog } from '../core/admin/role-secrets.ts';
import { DATABASE_FILE, defaultDataDir } from '../core/data-dir.ts';
import { openDatabase } from '../core/db/open-database.ts';
import { BUNDLED_COURSES_DIR } from '../paths.ts';
import { AppError } from '../shared/errors.ts';
import { courseJsonSchemas } from './course-schemas.ts';
import { exportCertificates, parseSince, printVerdict, verifyArgument } from './certificates-cli.ts';
import { exportRecordsFromCli, recordFilterFromOptions } from './records-cli.ts';
import { coursesCheck } from './courses-check.ts';
import { seedCommand } from './seed-cli.ts';
import { openServices, serve, UserFacingError } from './serve.ts';

const USAGE = `Rian (เรียน) command line

  rian serve [--port N] [--data DIR] [--courses DIR]
      Serve the Rian user interface and its API on http://127.0.0.1 (random port unless --port).
  rian courses check [DIR]
      Validate every course package in DIR (default: the bundled courses). Exit code 1 on any problem.
  rian certificates verify <file.pdf|file.json|code> [--data DIR]
      Check a certificate offline; prints the verdict and every signed field. Exit code 0 only when valid.
  rian certificates export --out DIR [--course ID] [--since YYYY-MM-DD] [--data DIR]
      Write every certificate's PDF and Open Badges credential, and a manifest.csv, into DIR.
  rian records export --format csv|xlsx|json|xapi|events --out FILE [--course ID] [--agency NAME] [--status S] [--from DATE] [--to DATE] [--session ID] [--data DIR]
      Completion records, one row per learner per course (status: notStarted, inProgress, completed; dates YYYY-MM-DD).
  rian backup --out FILE [--data DIR]
      Copy the learning records database to FILE while Rian may be running (checked with integrity_check).
  rian restore FILE [--data DIR]
      Replace the database with a checked backup; the replaced file is kept beside it. Close Rian first.
  rian courses schema [DIR]
      Write the JSON Schemas of the package format for authors' editors (default: courses/schema).
  rian seed --learners N [--data DIR] [--seed N]
      Fill an empty data folder with synthetic learners, events and certificates, for demos and benchmarks.

Data folder: --data DIR, else RIAN_DATA_DIR, else the app's user-data folder.`;

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserFacingError(`--port must be 0–65535, not "${value}".`);
  return port;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'serve') {
    const { values } = parseArgs({
      args: rest,
      options: { port: { type: 'string' }, data: { type: 'string' }, courses: { type: 'string' } },
    });
    const running = await serve({
      port: portOption(values.port),
      dataDir: values.data ? resolve(values.data) : undefined,
      coursesDir: values.courses ? resolve(values.courses) : undefined,
    });
    console.log(`Rian is serving at ${running.door.url} (data: ${running.dataDir}). Press Ctrl+C to stop.`);
    await new Promise<void>((done) => {
      const stop = () => void running.stop().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  }
  if (command === 'courses' && rest[0] === 'check') {
    const dir = rest[1] ? resolve(rest[1]) : BUNDLED_COURSES_DIR;
    return coursesCheck(dir, (line) => console.log(line));
  }
  if (command === 'certificates' && (rest[0] === 'verify' || rest[0] === 'export')) {
    const { values, positionals } = parseArgs({
      args: rest.slice(1),
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        course: { type: 'string' },
        since: { type: 'string' },
      },
    });
    const services = openServices(values.data ? resolve(values.data) : undefined);
    try {
      if (rest[0] === 'verify') {
        if (positionals.length !== 1) throw new UserFacingError('Give one PDF, credential file or code to verify.');
        const verdict = verifyArgument(services.certificates, positionals[0]!);
        printVerdict(verdict, (line) => console.log(line));
        return verdict.verdict === 'valid' ? 0 : 1;
      }
      if (!values.out) throw new UserFacingError('Say where to write the certificates with --out DIR.');
      const count = await exportCertificates(
        services.certificates,
        resolve(values.out),
        { courseId: values.course ?? null, since: parseSince(values.since) },
        (line) => console.log(line),
      );
      console.log(`Exported ${count} certificate(s) to ${resolve(values.out)}.`);
      return 0;
    } finally {
      services.close();
    }
  }
  if (command === 'records' && rest[0] === 'export') {
    const { values } = parseArgs({
      args: rest.slice(1),
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        course: { type: 'string' },
        agency: { type: 'string' },
        status: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        session: { type: 'string' },
        data: { type: 'string' },
      },
    });
    const filter = recordFilterFromOptions(values);
    if (!['csv', 'xlsx', 'json', 'xapi', 'events'].includes(values.format ?? '')) {
      throw new UserFacingError('--format must be csv, xlsx, json, xapi or events.');
    }
    if (!values.out) throw new UserFacingError('Say where to write the records with --out FILE.');
    const services = openServices(values.data ? resolve(values.data) : undefined);
    try {
      const format = values.format as 'csv' | 'xlsx' | 'json' | 'xapi' | 'events';
      const { done, what } = await exportRecordsFromCli(services, filter, format, resolve(values.out));
      console.log(`Wrote ${done} ${what} to ${resolve(values.out)}.`);
      return 0;
    } finally {
      services.close();
    }
  }
  if (command === 'seed') return seedCommand(rest, (line) => console.log(line));
  if (command === 'backup' || command === 'restore') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { data: { type: 'string' }, out: { type: 'string' } },
    });
    const databasePath = join(values.data ? resolve(values.data) : defaultDataDir(), DATABASE_FILE);
    if (command === 'backup') {
      if (!values.out) throw new UserFacingError('Say where to write the backup with --out FILE.');
      if (!existsSync(databasePath)) throw new UserFacingError(`There is no database at ${databasePath}.`);
      const db = openDatabase(databasePath);
      try {
        await backupDatabase(db, resolve(values.out));
      } finally {
        db.close();
      }
      console.log(`Backed up ${databasePath} to ${resolve(values.out)} (integrity ok).`);
      return 0;
    }
    if (positionals.length !== 1) throw new UserFacingError('Give the backup file to restore.');
    try {
      const keptAside = restoreDatabase(databasePath, resolve(positionals[0]!), new Date());
      // Recorded in the restored database's own audit log (opening it also brings an older backup's schema up).
      const restored = openDatabase(databasePath);
      createAuditLog(restored).record(new Date().toISOString(), 'admin', 'database.restore', {
        from: resolve(positionals[0]!),
        keptAside,
      });
      restored.close();
      console.log(
        `Restored ${databasePath} from ${resolve(positionals[0]!)}.${keptAside ? ` The replaced database is kept at ${keptAside}.` : ''}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new UserFacingError(error.message);
      throw error;
    }
  }
  if (command === 'courses' && rest[0] === 'schema') {
    const dir = rest[1] ? resolve(rest[1]) : join(BUNDLED_COURSES_DIR, 'schema');
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(courseJsonSchemas())) writeFileSync(join(dir, file), text);
    console.log(`Wrote the course package JSON Schemas to ${dir}.`);
    return 0;
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(`Unknown command: ${argv.join(' ')}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserFacingError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`rian: ${(error as Error).message}`);
    } else console.error(error);
    process.exitCode = 2;
  },
);
