// A tiny static file server (node:http, 127.0.0.1) for `npm start`, the e2e tests and the site bench.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS_DIR } from './snapshot-files';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServeOptions {
  /** Folder served at "/". */
  readonly root: string;
  /** Extra files outside root, by URL path (e.g. { '/snapshot.json': '.demo/site/snapshot.json' }). */
  readonly files?: Readonly<Record<string, string>>;
  /** Extra folders outside root, by URL prefix ending in '/' (e.g. the snapshot's parts). */
  readonly dirs?: Readonly<Record<string, string>>;
  readonly port?: number;
  readonly host?: string;
}

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Maps a request path to a file under root, or null when it would escape root
 * (.., encoded separators, NUL): no directory traversal.
 */
export function resolveUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full === base || full.startsWith(base + sep) ? full : null;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

async function handle(
  opts: ServeOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed');
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const extra = opts.files?.[pathname];
  const dir = Object.keys(opts.dirs ?? {}).find((prefix) => pathname.startsWith(prefix));
  let file =
    extra !== undefined
      ? resolve(extra)
      : dir !== undefined
        ? resolveUnder(opts.dirs![dir]!, pathname.slice(dir.length))
        : resolveUnder(opts.root, pathname);
  if (file === null) return send(res, 403, 'Forbidden');
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = resolve(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return send(res, 404, 'Not found');
    res.writeHead(200, {
      'content-type': mimeType(file),
      'content-length': info.size,
      'x-content-type-options': 'nosniff',
      // Hashed assets may be cached; the page and the data must always be fresh.
      'cache-control': /[\\/]assets[\\/]/.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  } catch {
    send(res, 404, 'Not found');
  }
}

export function serveStatic(opts: ServeOptions): Promise<StaticServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(opts, req, res).catch(() => send(res, 500, 'Internal error'));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * The built folders beside snapshot.json that the site reads (parts on demand, sealed private
 * pages, Open Badges), served under the same names as on a static host.
 */
export function siteDirs(siteDir: string): Record<string, string> {
  return Object.fromEntries(
    [PARTS_DIR, 'private', 'badges'].map((d) => [`/${d}/`, join(siteDir, d)]),
  );
}

/** What `bellringer start` hands to its after-build hook (see cli/commands/start.ts StartContext). */
export interface StartSiteContext {
  readonly snapshotPath: string;
  /** `bellringer serve`: serve even with BELLRINGER_NO_SERVE (asked for by name). */
  readonly force?: boolean;
  /** The port asked for (default PORT, else 4173). */
  readonly port?: number;
  readonly io: { out(line: string): void; err(line: string): void };
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'web'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

async function listen(opts: ServeOptions): Promise<StaticServer> {
  try {
    return await serveStatic(opts);
  } catch (error) {
    // The preferred port is taken (another `npm start`?): any free port will do.
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      return serveStatic({ ...opts, port: 0 });
    throw error;
  }
}

/**
 * The site step of `npm start` and `bellringer serve`: builds dist/web if it is missing, serves
 * it with a built snapshot.json (and the folders beside it) on 127.0.0.1, prints the URL and serves until Ctrl+C.
 * BELLRINGER_NO_SERVE=1 skips it (scripts, CI); PORT picks the port (default 4173).
 */
export async function serveStartSite(ctx: StartSiteContext): Promise<void> {
  if (process.env.BELLRINGER_NO_SERVE === '1' && !ctx.force) return;
  const root = packageRoot();
  const webDir = join(root, 'dist/web');
  if (!existsSync(join(webDir, 'index.html'))) {
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    if (!existsSync(vite)) {
      ctx.io.err(
        'The site is not built and Vite is not installed: run "npm install", then "npm start".',
      );
      return;
    }
    ctx.io.out('Building the site into dist/web (first run only)...');
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = await listen({
    root: webDir,
    files: { '/snapshot.json': ctx.snapshotPath },
    dirs: siteDirs(dirname(ctx.snapshotPath)),
    port: ctx.port ?? (Number(process.env.PORT) || 4173),
  });
  ctx.io.out('');
  ctx.io.out(`Leaderboard site: ${server.url}`);
  ctx.io.out(`TV wall:          ${server.url}?tv=1`);
  ctx.io.out('Press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
