// Vite build for the leaderboard site: web/ -> dist/web with relative asset paths (works from any sub-path).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  // Relative URLs so the build runs from GitHub Pages, an intranet share or file-like static hosts.
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // .vite/manifest.json: the import graph `npm run size:web` measures the first load from (cli/bench/web-size.ts).
    manifest: true,
    // Three pages: the leaderboard, each rep's private page (issue 16; its own small bundle) and
    // the org league over many teams' snapshots (issue 15).
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'web/index.html'),
        private: resolve(import.meta.dirname, 'web/private.html'),
        org: resolve(import.meta.dirname, 'web/org.html'),
      },
      // The engine (shared/) has no side effects at import time (architecture.md: pure, no I/O), but
      // its module-level tables look like calls to the bundler: saying so keeps the parts of the
      // engine the site never calls (workbook readers, metrics) out of the bundle.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
    },
  },
  server: { host: '127.0.0.1' },
});
