import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../core/backend.ts';
import { createServices } from '../core/services.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import { createConfSettingsStore } from '../core/settings/conf-settings-store.ts';
import { appVersion, BUNDLED_COURSES_DIR, RENDERER_BUILD_DIR } from '../paths.ts';
import { createChromiumPdfRenderer } from '../server/chromium-pdf.ts';
import { classroomDoorOptions } from '../server/classroom-door.ts';
import { openHttpDoor, type HttpDoor } from '../server/http-door.ts';

export type ServeOptions = { port?: number; dataDir?: string; coursesDir?: string };

export class UserFacingError extends Error {}

/** Starts the backend and its HTTP door; the caller prints the URL and decides how to stop. */
export async function serve(
  options: ServeOptions,
): Promise<{ door: HttpDoor; dataDir: string; stop(): Promise<void> }> {
  if (!existsSync(join(RENDERER_BUILD_DIR, 'index.html'))) {
    throw new UserFacingError('The user interface is not built yet: run `npm run build` (npm start does it for you).');
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  const backend = createBackend({
    dataDir,
    coursesDir: options.coursesDir ?? process.env.RIAN_COURSES_DIR ?? BUNDLED_COURSES_DIR,
    settings: createConfSettingsStore(dataDir),
    appVersion: appVersion(),
    pdfRenderer: createChromiumPdfRenderer(),
    ...classroomDoorOptions(RENDERER_BUILD_DIR),
  });
  let door: HttpDoor;
  try {
    door = await openHttpDoor({ dispatch: backend.dispatch, rendererDir: RENDERER_BUILD_DIR, port: options.port ?? 0 });
  } catch (error) {
    backend.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new UserFacingError(`Port ${options.port} is already in use; choose another with --port.`);
    throw error;
  }
  return {
    door,
    dataDir,
    stop: async () => {
      await door.close();
      backend.close();
    },
  };
}

/** The backend's services without a door, for CLI commands that work on the data folder directly. */
export function openServices(dataDir: string | undefined) {
  const dir = dataDir ?? defaultDataDir();
  const pdfRenderer = createChromiumPdfRenderer();
  const result = createServices({
    dataDir: dir,
    coursesDir: process.env.RIAN_COURSES_DIR ?? BUNDLED_COURSES_DIR,
    settings: createConfSettingsStore(dir),
    appVersion: appVersion(),
    pdfRenderer,
  });
  if (!result.ok) throw new UserFacingError(`The database in ${dir} cannot be used: ${result.problem.kind}.`);
  return result.services;
}
