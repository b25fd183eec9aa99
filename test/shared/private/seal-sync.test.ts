// The synchronous sealer the add-on uses: the same file as sealBundle on pureSubtle, byte for byte, and WebCrypto opens it.
import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  openBundle,
  pureSubtle,
  sealBundle,
  sealBundleSync,
  type SubtleLike,
} from '../../../shared/private';

const subtle = webcrypto.subtle as unknown as SubtleLike;
const sha256 = (d: Uint8Array) => new Uint8Array(createHash('sha256').update(d).digest());
const KEY = new Uint8Array(32).map((_, i) => i * 7 + 1);
const IV = new Uint8Array(12).fill(5);
const ID = '0123456789abcdef'.repeat(2);

describe('sealBundleSync', () => {
  it.each([
    ['a small page', JSON.stringify({ name: 'Zoë', total: 1234.56 })],
    ['a page past the first pad size', JSON.stringify({ notes: 'x'.repeat(5000) })],
  ])('seals %s exactly as sealBundle does with pureSubtle', async (_what, json) => {
    const sync = sealBundleSync(sha256, json, ID, KEY, IV);
    const async_ = await sealBundle(pureSubtle(sha256), json, ID, KEY, IV);
    expect(Buffer.from(sync).equals(Buffer.from(async_))).toBe(true);
  });

  it('makes a file WebCrypto opens with the same key and id, and refuses with another key', async () => {
    const json = JSON.stringify({ name: 'Farah Brooks' });
    const file = sealBundleSync(sha256, json, ID, KEY, IV);
    const opened = await openBundle(subtle, file, ID, KEY);
    expect(opened).toEqual({
      kind: 'ok',
      json: expect.stringMatching(/^\{"name":"Farah Brooks"\} +$/),
    });
    expect((await openBundle(subtle, file, ID, new Uint8Array(32))).kind).toBe('wrong_key');
  });

  it.each([
    ['a 16-byte key', new Uint8Array(16), IV],
    ['an 8-byte IV', KEY, new Uint8Array(8)],
  ])('refuses %s', (_what, key, iv) => {
    expect(() => sealBundleSync(sha256, '{}', ID, key, iv)).toThrow(/bytes/);
  });
});
