import { spawn } from 'node:child_process';

/** Opens the system browser when there is a desktop to open it on; silently does nothing otherwise. */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? ['xdg-open', [url]]
          : [null, []];
  if (!command) return;
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
