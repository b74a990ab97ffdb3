/**
 * Channel names without their schemas, so the preload stays tiny (no zod). `contract.ts` fails to compile unless
 * this list and the contract's keys are the same set.
 */
export const CHANNEL_NAMES = [
  'app.status',
  'settings.get',
  'settings.update',
  'profiles.list',
  'profiles.create',
  'session.signIn',
  'session.resume',
  'session.current',
  'session.signOut',
  'catalog.list',
  'courses.outline',
  'courses.lesson',
  'progress.openLesson',
  'progress.completeLesson',
  'progress.saveScroll',
  'progress.resumePoint',
  'quizzes.overview',
  'quizzes.start',
  'quizzes.attempt',
  'quizzes.answer',
  'quizzes.submit',
  'search.query',
  'certificates.mine',
  'certificates.pdf',
  'certificates.credential',
  'certificates.verify',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
