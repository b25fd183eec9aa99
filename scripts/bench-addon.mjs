// `npm run bench:addon`: bundles cli/bench-addon.ts and runs it (spreadsheet calls and time per recalculation).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Inside the repository, so the external packages resolve from its node_modules (not from /tmp).
mkdirSync('node_modules/.cache', { recursive: true });
const out = join(
  mkdtempSync(join('node_modules', '.cache', 'bellringer-bench-')),
  'bench-addon.mjs',
);
await build({
  entryPoints: ['cli/bench-addon.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { addonPart } = await import(pathToFileURL(out).href);
const outcome = await addonPart.run();
for (const line of outcome.lines) console.log(line);
console.log(JSON.stringify(outcome.json));
