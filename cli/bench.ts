// `npm run bench`: runs every benchmark part, prints human lines, then one JSON line per part (engine last).
//
// Parts: the engine (always), the add-on (spreadsheet calls and time per recalculation, in the
// in-memory fake) and the site (dist/cli/bench-site.js, built from cli/bench-site.ts
// when that file exists; it must export `sitePart: BenchPart` from cli/bench/types.ts).
// The import part (cli/bench/import-part.ts) reads, maps and merges a 100,000-row CRM export.
// `--only engine|addon|site|import|snapshot|scale` runs one part (snapshot and scale only when named).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { addonPart } from './bench-addon';
import { engineHeapChild, enginePart } from './bench/engine-part';
import { IMPORT_CHILD_FLAG, importHeapChild, importPart } from './bench/import-part';
import { PEAK_CHILD_FLAG } from './bench/peak-heap';
import {
  SCALE_MEMORY_FLAG,
  SCALE_TIME_FLAG,
  scaleMemoryChild,
  scaleTimeChild,
} from './bench/scale-child';
import { scalePart } from './bench/scale-part';
import { SNAPSHOT_CHILD_FLAG, snapshotChild, snapshotPart } from './bench/snapshot-part';
import type { BenchOutcome, BenchPart } from './bench/types';

async function loadSitePart(): Promise<BenchPart | null> {
  const file = fileURLToPath(new URL('./bench-site.js', import.meta.url));
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { sitePart?: BenchPart };
  return mod.sitePart ?? null;
}

async function main(): Promise<void> {
  if (process.argv.includes(IMPORT_CHILD_FLAG)) {
    importHeapChild();
    return;
  }
  if (process.argv.includes(PEAK_CHILD_FLAG)) {
    engineHeapChild();
    return;
  }
  const memory = process.argv.indexOf(SCALE_MEMORY_FLAG);
  if (memory >= 0) {
    await scaleMemoryChild(Number(process.argv[memory + 1]));
    return;
  }
  const time = process.argv.indexOf(SCALE_TIME_FLAG);
  if (time >= 0) {
    await scaleTimeChild(Number(process.argv[time + 1]), Number(process.argv[time + 2]));
    return;
  }
  const child = process.argv.indexOf(SNAPSHOT_CHILD_FLAG);
  if (child >= 0) {
    snapshotChild(Number(process.argv[child + 1]), Number(process.argv[child + 2]));
    return;
  }
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
  const script = fileURLToPath(import.meta.url);
  const site = await loadSitePart();
  // The engine goes last so its JSON line is the last line of the output. The snapshot part
  // (four engine runs up to 25x the 1x workbook) and the scale part (1x to 8x, each size in its
  // own child processes) run only when asked: --only snapshot, --only scale.
  const heavy = [snapshotPart, scalePart];
  const parts = [...(site ? [site] : []), addonPart, importPart, ...heavy, enginePart].filter(
    (p) => (values.only ? p.name === values.only : !heavy.includes(p)),
  );
  const outcomes: BenchOutcome[] = [];
  for (const part of parts) {
    const outcome = await part.run(script);
    for (const line of outcome.lines) console.log(line);
    outcomes.push(outcome);
  }
  for (const outcome of outcomes) console.log(JSON.stringify(outcome.json));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error)?.stack ?? String(error)}`);
  process.exitCode = 1;
});
