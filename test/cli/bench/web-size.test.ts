// The JS size measure: a page's first load is its entry plus static imports; import() targets count as lazy.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { GZIP_LEVEL, pageJs } from '../../../cli/bench/web-size';

const dir = mkdtempSync(join(tmpdir(), 'br-web-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Different, barely compressible content per file so every size is distinct. */
function write(file: string, seed: number, n: number): Buffer {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String.fromCharCode(97 + (x % 26));
  }
  const code = Buffer.from(`export const s="${s}";`);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, file), code);
  return code;
}
const gz = (b: Buffer) => gzipSync(b, { level: GZIP_LEVEL }).length;

const main = write('assets/main.js', 1, 400);
const shared = write('assets/shared.js', 2, 300);
const tv = write('assets/tv.js', 3, 200);
const tvOnly = write('assets/tv-only.js', 4, 100);
write('assets/other.js', 5, 50);
mkdirSync(join(dir, '.vite'), { recursive: true });
writeFileSync(
  join(dir, '.vite/manifest.json'),
  JSON.stringify({
    'index.html': {
      file: 'assets/main.js',
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['src/tv.ts'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    // The lazy chunk imports the shared one (already loaded) and one of its own.
    'src/tv.ts': { file: 'assets/tv.js', imports: ['_shared.js', '_tv-only.js'] },
    '_tv-only.js': { file: 'assets/tv-only.js' },
    'other.html': { file: 'assets/other.js', isEntry: true },
  }),
);

describe('pageJs', () => {
  it('counts the entry and its static imports as the first load, in gzip -9 bytes', () => {
    const js = pageJs(dir, 'index.html');
    expect(js.firstLoad.map((f) => f.file)).toEqual(['assets/main.js', 'assets/shared.js']);
    expect(js.firstLoadGzipBytes).toBe(gz(main) + gz(shared));
    expect(js.firstLoad[0]!.bytes).toBe(main.length);
  });

  it('counts what only import() reaches as lazy, once, without the chunks already loaded', () => {
    const js = pageJs(dir, 'index.html');
    expect(js.lazy.map((f) => f.file)).toEqual(['assets/tv.js', 'assets/tv-only.js']);
    expect(js.lazyGzipBytes).toBe(gz(tv) + gz(tvOnly));
  });

  it('leaves out other pages and refuses a page that is not an entry', () => {
    expect(pageJs(dir, 'index.html').firstLoad.map((f) => f.file)).not.toContain('assets/other.js');
    expect(() => pageJs(dir, 'nope.html')).toThrow(/not an entry/);
  });
});
