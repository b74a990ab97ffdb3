import { build } from 'esbuild';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/**
 * Bundles the Electron main process and preload (CommonJS, as a sandboxed preload requires) and the `rian` CLI
 * (one ES module: it starts in a fraction of the time the TypeScript sources take to load).
 */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'] as string[],
  logLevel: 'warning',
} as const;

await build({
  ...common,
  entryPoints: [join(PROJECT_ROOT, 'electron/main/main.ts')],
  outfile: join(PROJECT_ROOT, 'dist/electron/main.cjs'),
  // Core modules locate package files from import.meta.url; in CommonJS that is this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: [join(PROJECT_ROOT, 'electron/preload/preload.ts')],
  outfile: join(PROJECT_ROOT, 'dist/electron/preload.cjs'),
  minify: true,
});
await build({
  ...common,
  entryPoints: [join(PROJECT_ROOT, 'electron/cli/rian.ts')],
  outfile: join(PROJECT_ROOT, 'dist/cli/rian.mjs'),
  format: 'esm',
  target: 'node24',
  // Packages load from node_modules as they are (playwright-core, for one, expects to be its own files).
  packages: 'external',
});
