// Bundles the Node CLI (cli/*.ts entry points) into dist/cli so `npm start` and the `bellringer` bin run without a TS loader.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

// bench-site.ts is optional: cli/bench.ts loads dist/cli/bench-site.js at run time when it exists.
const entries = [
  'cli/bellringer.ts',
  'cli/bench.ts',
  'cli/bench-site.ts',
  'cli/web-size.ts',
].filter((f) => existsSync(f));
await build({
  entryPoints: entries,
  outdir: 'dist/cli',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
});
