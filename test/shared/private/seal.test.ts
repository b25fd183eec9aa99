// Sealing a private page: AES-256-GCM round trip, padded sizes, and each way opening can fail.
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  HEADER_BYTES,
  openBundle,
  PAD_SIZES,
  paddedSize,
  sealBundle,
  type SubtleLike,
} from '../../../shared/private';

const subtle = webcrypto.subtle as unknown as SubtleLike;
const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const KEY = bytes(32, 7);
const ID = 'a'.repeat(32);
const IV = bytes(12, 1);
const JSON_TEXT = JSON.stringify({ name: 'Zoë Quartermaine', total: 1234.56 });

describe('sealBundle and openBundle', () => {
  it('opens what it sealed, with the same key and id, to the same JSON (padding is whitespace)', async () => {
    const file = await sealBundle(subtle, JSON_TEXT, ID, KEY, IV);
    const opened = await openBundle(subtle, file, ID, KEY);
    expect(opened.kind).toBe('ok');
    if (opened.kind === 'ok') expect(JSON.parse(opened.json)).toEqual(JSON.parse(JSON_TEXT));
  });

  it('writes no plaintext: the name is not in the file', async () => {
    const file = await sealBundle(subtle, JSON_TEXT, ID, KEY, IV);
    expect(Buffer.from(file).toString('latin1')).not.toContain('Quartermaine');
    expect(Buffer.from(file).toString('utf8')).not.toContain('Quartermaine');
  });

  it.each([
    [0, PAD_SIZES[0]],
    [PAD_SIZES[0] - HEADER_BYTES - 16, PAD_SIZES[0]],
    [PAD_SIZES[0] - HEADER_BYTES - 15, PAD_SIZES[1]],
    [PAD_SIZES[3], PAD_SIZES[3] * 2],
  ])('pads %i bytes of JSON to a file of %i bytes', async (n, size) => {
    expect(paddedSize(n)).toBe(size);
  });

  it('gives pages of different lengths in one size class files of the same size', async () => {
    const a = await sealBundle(subtle, '{}', ID, KEY, IV);
    const b = await sealBundle(subtle, JSON.stringify({ x: 'y'.repeat(2000) }), ID, KEY, IV);
    expect(a.length).toBe(PAD_SIZES[0]);
    expect(b.length).toBe(a.length);
  });

  it('says wrong_key for another key, and for the right key with another file id', async () => {
    const file = await sealBundle(subtle, JSON_TEXT, ID, KEY, IV);
    expect((await openBundle(subtle, file, ID, bytes(32, 8))).kind).toBe('wrong_key');
    expect((await openBundle(subtle, file, 'b'.repeat(32), KEY)).kind).toBe('wrong_key');
  });

  it('says damaged when a byte of the ciphertext or the IV was changed', async () => {
    const file = await sealBundle(subtle, JSON_TEXT, ID, KEY, IV);
    for (const at of [HEADER_BYTES + 3, HEADER_BYTES - 1, file.length - 1]) {
      const changed = file.slice();
      changed[at] = (changed[at] ?? 0) ^ 1;
      expect((await openBundle(subtle, changed, ID, KEY)).kind, `byte ${at}`).toBe('damaged');
    }
  });

  it('says not_a_bundle for a web page or a cut file', async () => {
    const html = new Uint8Array(Buffer.from('<!doctype html><html>not found</html>'.repeat(4)));
    expect((await openBundle(subtle, html, ID, KEY)).kind).toBe('not_a_bundle');
    const file = await sealBundle(subtle, JSON_TEXT, ID, KEY, IV);
    expect((await openBundle(subtle, file.slice(0, 20), ID, KEY)).kind).toBe('not_a_bundle');
  });

  it('refuses keys that are not 256 bits', async () => {
    await expect(sealBundle(subtle, '{}', ID, bytes(16, 1), IV)).rejects.toThrow(/32 bytes/);
  });
});
