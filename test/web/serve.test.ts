// The static server behind `npm start`: MIME types, index.html, extra files, and no way out of its root.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, mimeType, resolveUnder, serveStatic } from '../../cli/serve';

let dir: string;
let server: StaticServer;

/** A raw request, so the path is sent exactly as written (no client-side normalising). */
function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'br-serve-'));
  mkdirSync(join(dir, 'site/assets'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<!doctype html>hi');
  writeFileSync(join(dir, 'site/assets/app.js'), 'export {}');
  writeFileSync(join(dir, 'site/assets/app.css'), 'a{}');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  writeFileSync(join(dir, 'snap.json'), '{"a":1}');
  mkdirSync(join(dir, 'parts'));
  writeFileSync(join(dir, 'parts/r1.json'), '{"p":1}');
  server = await serveStatic({
    root: join(dir, 'site'),
    files: { '/snapshot.json': join(dir, 'snap.json') },
    dirs: { '/snapshot.parts/': join(dir, 'parts') },
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('listens on 127.0.0.1 and serves index.html at /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html>hi',
    });
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/snapshot.json?data=1', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    expect(await get(path)).toMatchObject({ status: 200, type });
  });

  it('serves an extra folder under its prefix, and never outside that folder', async () => {
    expect(await get('/snapshot.parts/r1.json')).toMatchObject({ status: 200, body: '{"p":1}' });
    const out = await get('/snapshot.parts/..%2fsecret.txt');
    expect([403, 404]).toContain(out.status);
    expect(out.body).not.toContain('top secret');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/a%00b',
  ])('refuses to leave its root: %s', async (path) => {
    const res = await get(path);
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('top secret');
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    expect(await get('/assets/app.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});

describe('resolveUnder and mimeType', () => {
  it.each([
    ['/a/b.js', true],
    ['/a/../../x', false],
    ['/%2e%2e/x', false],
    ['/bad%zz', false],
  ])('%s stays under the root: %s', (path, ok) => {
    expect(resolveUnder('/srv/site', path) !== null).toBe(ok);
  });
  it('knows the site file types and falls back to octet-stream', () => {
    expect(mimeType('x.svg')).toBe('image/svg+xml');
    expect(mimeType('x.woff2')).toBe('font/woff2');
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });
});
