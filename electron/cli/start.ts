/**
 * `npm start`: the Electron app where its runtime is installed; otherwise (an offline install) the same UI served
 * to the browser, said in one line. Expects `npm run build` to have run (the npm script does it).
 */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../paths.ts';
import { fetchElectronRuntime, installedElectron } from './electron-runtime.ts';
import { openBrowser } from './open-browser.ts';
import { serve, UserFacingError } from './serve.ts';

async function main(): Promise<void> {
  const electron = installedElectron() ?? (await fetchElectronRuntime());
  if (electron) {
    const child = spawn(electron, [PROJECT_ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
    child.on('exit', (code) => (process.exitCode = code ?? 0));
    return;
  }
  const running = await serve({});
  console.log(
    `The Electron runtime is not installed (offline install), so Rian is running in your browser instead: ${running.door.url}  (Ctrl+C to stop)`,
  );
  openBrowser(running.door.url);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? `rian: ${error.message}` : error);
  process.exitCode = 1;
});
