// Writes the published snapshot as files: site/snapshot.json (the first load) and site/snapshot.parts/<key>.json.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Snapshot, serializeSnapshot, splitSnapshot } from '../shared/snapshot';

/** The folder beside snapshot.json the site reads parts from (web/src/data/parts.ts, partUrl). */
export const PARTS_DIR = 'snapshot.parts';
/** Only files named like a part key are removed from that folder: Bellringer wrote them. */
const PART_FILE = /^[a-z][a-z0-9-]{0,40}\.json$/;

/**
 * Parts first, then the first load: a site that reads the new first load finds its parts; one
 * still holding the old first load refuses the new parts (their generatedAt differs) and retries.
 */
export function writeSnapshotFiles(siteDir: string, full: Snapshot): string {
  const { snapshot, parts } = splitSnapshot(full);
  const dir = join(siteDir, PARTS_DIR);
  mkdirSync(dir, { recursive: true });
  const keep = new Set(parts.map((p) => `${p.key}.json`));
  for (const p of parts) {
    writeFileSync(join(dir, `${p.key}.json`), `${JSON.stringify(p.part)}\n`);
  }
  for (const f of readdirSync(dir)) {
    if (PART_FILE.test(f) && !keep.has(f)) rmSync(join(dir, f));
  }
  const path = join(siteDir, 'snapshot.json');
  writeFileSync(path, serializeSnapshot(snapshot));
  return path;
}
