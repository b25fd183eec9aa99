// Where the third-party sample data sets are: only where the runner says (BELLRINGER_DATASETS), never a default path.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The folder of one data set under `BELLRINGER_DATASETS` (a folder holding e.g. `maven-crm/`).
 * These tests are only collected when the variable is set (vitest.config.ts), so a missing
 * folder here is a wrong setting and fails loudly instead of skipping.
 */
export function datasetDir(name: string, mustHave: readonly string[]): string {
  const root = process.env.BELLRINGER_DATASETS;
  if (root === undefined || root === '')
    throw new Error('Set BELLRINGER_DATASETS to the folder that holds the sample data sets.');
  const dir = resolve(root, name);
  const missing = mustHave.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0)
    throw new Error(
      `BELLRINGER_DATASETS=${root}: ${dir} lacks ${missing.join(', ')}; docs/datasets.md says where the data comes from.`,
    );
  return dir;
}
