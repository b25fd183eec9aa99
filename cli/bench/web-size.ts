// The site's JS size, one definition for `npm run size:web`, the site bench and BENCHMARKS.md: gzip -9 of what a page loads first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** zlib level for every figure (the most a static host's gzip -9 would reach). */
export const GZIP_LEVEL = 9;
/** Issue 14: the leaderboard page's first load stays at or under 60 kB of JS, gzip. */
export const FIRST_LOAD_BUDGET_BYTES = 60 * 1024;

export interface JsFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageJs {
  /** The page's HTML, relative to the site root ("index.html"). */
  readonly page: string;
  /** The entry chunk and every chunk it imports statically: what the browser fetches before the first view. */
  readonly firstLoad: readonly JsFile[];
  readonly firstLoadGzipBytes: number;
  /** Chunks reached only through import(): fetched when a view (a rep page, the TV wall, …) opens. */
  readonly lazy: readonly JsFile[];
  readonly lazyGzipBytes: number;
}

/** One entry of Vite's build manifest (dist/web/.vite/manifest.json, `build.manifest` in vite.config.ts). */
interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

export function readManifest(siteDir: string): Manifest {
  return JSON.parse(readFileSync(join(siteDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Chunk keys reachable from `start` through `edge`, start included, in visiting order. */
function reach(manifest: Manifest, start: readonly string[], edge: 'imports' | 'both'): string[] {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const key = todo.shift()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    const c = manifest[key]!;
    todo.push(...(c.imports ?? []));
    if (edge === 'both') todo.push(...(c.dynamicImports ?? []));
  }
  return [...seen];
}

/**
 * The JS of one page of the built site, split as the browser loads it: the first load (entry plus
 * static imports, which Vite also lists as modulepreload links) and the lazily imported rest.
 */
export function pageJs(siteDir: string, page: string, manifest = readManifest(siteDir)): PageJs {
  if (!manifest[page]?.isEntry) throw new Error(`${page} is not an entry of the site's build`);
  const sizeOf = (key: string): JsFile => {
    const file = manifest[key]!.file;
    const code = readFileSync(join(siteDir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: GZIP_LEVEL }).length };
  };
  const first = reach(manifest, [page], 'imports');
  const firstSet = new Set(first);
  const lazy = reach(manifest, [page], 'both').filter((k) => !firstSet.has(k));
  const firstLoad = first.map(sizeOf);
  const lazyFiles = lazy.map(sizeOf);
  const sum = (xs: readonly JsFile[]) => xs.reduce((n, f) => n + f.gzipBytes, 0);
  return {
    page,
    firstLoad,
    firstLoadGzipBytes: sum(firstLoad),
    lazy: lazyFiles,
    lazyGzipBytes: sum(lazyFiles),
  };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
