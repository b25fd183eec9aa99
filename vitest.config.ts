// Test runner configuration: one suite for engine, add-on, CLI and site, with the time zone pinned.
import { configDefaults, defineConfig } from 'vitest/config';

// Pinned before workers start so every test sees the same zone; the engine itself never reads it.
process.env.TZ = 'UTC';

// Third-party data sets that may not be redistributed stay outside the repository: their tests
// are collected only when BELLRINGER_DATASETS names where they are, so a fresh clone's run
// neither fails on them nor reports them as skipped.
const withDatasets = (process.env.BELLRINGER_DATASETS ?? '') !== '';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(withDatasets ? [] : ['test/datasets/**'])],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
