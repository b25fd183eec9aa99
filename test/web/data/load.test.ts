// Loading a snapshot: every failure (network, HTTP, JSON, schema, version) becomes a readable reason.
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../../web/src/data/load';
import { sampleSnapshot } from '../helpers';

const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status, statusText: status === 500 ? 'Internal Server Error' : '' });

describe('loadSnapshot', () => {
  it('accepts a valid snapshot', async () => {
    const r = await loadSnapshot('s.json', respond(JSON.stringify(sampleSnapshot())));
    expect(r.ok).toBe(true);
  });

  it.each([
    [
      'a network failure',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      /could not be reached/,
    ],
    ['HTTP 500', respond('boom', 500), /HTTP 500 Internal Server Error/],
    ['HTTP 404', respond('', 404), /No snapshot was found .*404/],
    ['invalid JSON', respond('{oops'), /not valid JSON/],
    ['a JSON array', respond('[]'), /not a Bellringer snapshot/],
    ['another document', respond('{"hello":1}'), /not a Bellringer snapshot/],
    [
      "the add-on's answer before the first publish",
      respond('{"error":"not_published","message":"No leaderboard has been published yet."}'),
      /^No leaderboard has been published yet\.$/,
    ],
    [
      "the add-on's answer during a publish",
      respond('{"error":"publishing","message":"A new leaderboard is being published right now."}'),
      /^The leaderboard is being republished; trying again shortly\.$/,
    ],
    [
      'a newer version',
      respond(JSON.stringify({ ...sampleSnapshot(), version: 2 })),
      /version 2; this site reads version 1/,
    ],
    [
      'a broken field',
      respond(JSON.stringify({ ...sampleSnapshot(), reps: [{ id: 1 }] })),
      /does not match its schema at "reps.0/,
    ],
  ])('explains %s', async (_, fetchFn, reason) => {
    const r = await loadSnapshot('s.json', fetchFn as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it.each([
    ['refuses', false, false],
    ['reads', true, true],
  ])('%s an answer whose final address the check rejects or accepts', async (_, accept, ok) => {
    const redirected = async () => {
      const r = new Response(JSON.stringify(sampleSnapshot()));
      Object.defineProperty(r, 'url', { value: 'https://evil.example/s.json' });
      return r;
    };
    const seen: string[] = [];
    const r = await loadSnapshot('s.json', redirected, 1000, (final) => {
      seen.push(final);
      return accept;
    });
    expect(seen).toEqual(['https://evil.example/s.json']);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).not.toMatch(/evil/);
  });

  it('gives up after the timeout with a reason that says so', async () => {
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const r = await loadSnapshot('s.json', hang, 20);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/sent nothing for/) });
  });

  /** A response whose body arrives in `chunks` pieces `gapMs` apart, then ends or (stall) hangs. */
  function trickle(body: string, chunks: number, gapMs: number, stall = false) {
    return async (_: string, init?: RequestInit) => {
      const bytes = new TextEncoder().encode(body);
      const size = Math.ceil(bytes.length / chunks);
      let i = 0;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          // As a browser's fetch does: aborting the request errors the body being read.
          init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
        async pull(controller) {
          await new Promise((r) => setTimeout(r, gapMs));
          if (stall && i >= chunks / 2) return new Promise<void>(() => {});
          if (i * size >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(i * size, (i + 1) * size));
          i++;
        },
      });
      return new Response(stream, { headers: { 'content-length': String(bytes.length) } });
    };
  }

  it('keeps loading a slow download that keeps moving, reporting progress, past the silence limit', async () => {
    const body = JSON.stringify(sampleSnapshot());
    const seen: [number, number | null][] = [];
    // 12 chunks 15 ms apart take about 180 ms: far past a 60 ms limit, never 60 ms silent.
    const r = await loadSnapshot(
      's.json',
      trickle(body, 12, 15),
      60,
      undefined,
      undefined,
      (got, total) => seen.push([got, total]),
    );
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(12);
    expect(seen.at(-1)).toEqual([new TextEncoder().encode(body).length, seen[0]![1]]);
    expect(seen.every(([got], i) => i === 0 || got > seen[i - 1]![0])).toBe(true);
  });

  it('gives up on a download that stops half-way, saying it stalled', async () => {
    const body = JSON.stringify(sampleSnapshot());
    const r = await loadSnapshot(
      's.json',
      trickle(body, 12, 5, true),
      60,
      undefined,
      undefined,
      () => {},
    );
    expect(r).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/stalled: nothing arrived for/),
    });
  });
});
