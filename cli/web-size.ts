// `npm run size:web`: builds the site, prints each page's JS (gzip -9) split into first load and lazy, fails over budget.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_LOAD_BUDGET_BYTES, GZIP_LEVEL, kB, pageJs, readManifest } from './bench/web-size';

function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'vite.config.ts')); i++) dir = dirname(dir);
  return dir;
}

const base = root();
// Always measure the current source, never a stale dist/web.
execFileSync(
  process.execPath,
  [join(base, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: base,
    stdio: 'inherit',
  },
);
const siteDir = join(base, 'dist/web');
const manifest = readManifest(siteDir);
const pages = ['index.html', 'private.html', 'org.html'].filter((p) => manifest[p]?.isEntry);
const leaderboard = pageJs(siteDir, 'index.html', manifest);
for (const page of pages) {
  const js = page === 'index.html' ? leaderboard : pageJs(siteDir, page, manifest);
  console.log(
    `${page}: first load ${kB(js.firstLoadGzipBytes)} (${js.firstLoadGzipBytes} B), lazy ${kB(js.lazyGzipBytes)}, gzip -${GZIP_LEVEL}`,
  );
  for (const f of js.firstLoad)
    console.log(
      `  first  ${f.file.padEnd(40)} ${String(f.gzipBytes).padStart(7)} B gzip  ${f.bytes} B raw`,
    );
  for (const f of js.lazy)
    console.log(
      `  lazy   ${f.file.padEnd(40)} ${String(f.gzipBytes).padStart(7)} B gzip  ${f.bytes} B raw`,
    );
}
const met = leaderboard.firstLoadGzipBytes <= FIRST_LOAD_BUDGET_BYTES;
console.log(
  JSON.stringify({
    bench: 'web-size',
    gzip_level: GZIP_LEVEL,
    leaderboard_first_load_gzip_bytes: leaderboard.firstLoadGzipBytes,
    leaderboard_lazy_gzip_bytes: leaderboard.lazyGzipBytes,
    budget_bytes: FIRST_LOAD_BUDGET_BYTES,
    budget_met: met,
  }),
);
if (!met) process.exitCode = 1;
