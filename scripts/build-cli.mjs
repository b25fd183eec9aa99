// Bundles the Node CLI (cli/*.ts entry points) into dist/cli so `npm start` and the `bellringer` bin run without a TS loader.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entries = ['cli/bellringer.ts', 'cli/bench.ts'].filter((f) => existsSync(f));
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
