import { z } from 'zod';

/** Why the backend could not start normally; the renderer shows a specific screen for each. */
export const startupProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dbCorrupt'), databasePath: z.string(), detail: z.string() }),
  z.strictObject({
    kind: z.literal('dbFromFuture'),
    databasePath: z.string(),
    databaseVersion: z.number().int(),
    supportedVersion: z.number().int(),
  }),
]);
export type StartupProblem = z.infer<typeof startupProblemSchema>;

export const appStatusSchema = z.strictObject({
  appVersion: z.string(),
  dataDir: z.string(),
  problem: startupProblemSchema.nullable(),
  /** Set when the settings file was unreadable: it was moved here and defaults are in use. */
  settingsResetBackup: z.string().nullable(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;
