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
    exclude: [...configDefaults.exclude, ...(withDatasets ? [] : ['test/datasets/**'])],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The add-on suite runs a second time on the fake's de_DE spreadsheet in Berlin
    // (test/appsscript/helpers.ts); the first run is en_US in Los Angeles.
    projects: [
      { extends: true, test: { name: 'all', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'addon-de_DE',
          include: ['test/appsscript/**/*.test.ts'],
          env: { BELLRINGER_FAKE_LOCALE: 'de_DE' },
        },
      },
    ],
  },
});
