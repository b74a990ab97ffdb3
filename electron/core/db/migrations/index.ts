import { initial } from './0001-initial.ts';
import { quizAttempts } from './0002-quiz-attempts.ts';
import { certificates } from './0003-certificates.ts';
import { admin } from './0004-admin.ts';
import { records } from './0005-records.ts';
import { classroom } from './0006-classroom.ts';
import { liveClassroom } from './0007-live-classroom.ts';
import type { Migration } from './types.ts';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  quizAttempts,
  certificates,
  admin,
  records,
  classroom,
  liveClassroom,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
