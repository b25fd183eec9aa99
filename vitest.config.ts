// Test runner configuration: one suite for engine, add-on, CLI and site, with the time zone pinned.
import { defineConfig } from 'vitest/config';

// Pinned before workers start so every test sees the same zone; the engine itself never reads it.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
