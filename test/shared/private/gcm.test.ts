// AES-256-GCM from SP 800-38D: the AES-256 test cases 13-16 of the GCM specification's vectors (as
// NIST's validation uses them), FIPS 197's AES-256 example, and agreement with WebCrypto.
import { createHash, webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encryptBlock, expandKey256 } from '../../../shared/private/aes';
import { gcmDecrypt, gcmEncrypt, gmul, gmulTable, pureSubtle } from '../../../shared/private/gcm';
import { openBundle, sealBundle, type SubtleLike } from '../../../shared/private';

const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const K0 = '00'.repeat(32);
const KF = 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308';
const P64 =
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
  '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
const C64 =
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
  '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad';

// [name, key, iv, aad, plaintext, ciphertext, tag]
const VECTORS = [
  ['case 13: empty', K0, '00'.repeat(12), '', '', '', '530f8afbc74536b9a963b4f1c4cb738b'],
  [
    'case 14: one zero block',
    K0,
    '00'.repeat(12),
    '',
    '00'.repeat(16),
    'cea7403d4d606b6e074ec5d3baf39d18',
    'd0d1c8a799996bf0265b98b5d48ab919',
  ],
  [
    'case 15: four blocks',
    KF,
    'cafebabefacedbaddecaf888',
    '',
    P64,
    C64,
    'b094dac5d93471bdec1a502270e3cc6c',
  ],
  [
    'case 16: AAD, partial block',
    KF,
    'cafebabefacedbaddecaf888',
    'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    P64.slice(0, 120),
    C64.slice(0, 120),
    '76fc6ece0f4e1768cddf8853bb2d551b',
  ],
] as const;

describe('AES-256 (FIPS 197)', () => {
  it('encrypts the Appendix C.3 example block', () => {
    const w = expandKey256(hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'));
    expect(toHex(encryptBlock(w, hex('00112233445566778899aabbccddeeff')))).toBe(
      '8ea2b7ca516745bfeafc49904b496089',
    );
  });
});

describe('AES-256-GCM (SP 800-38D)', () => {
  it.each(VECTORS)('%s: ciphertext and tag, and back', (_n, k, iv, aad, p, c, t) => {
    const sealed = gcmEncrypt(hex(k), hex(iv), hex(p), hex(aad));
    expect(toHex(sealed)).toBe(c + t);
    expect(toHex(gcmDecrypt(hex(k), hex(iv), sealed, hex(aad)) as Uint8Array)).toBe(p);
  });

  it.each(VECTORS)('%s: refuses a changed tag, ciphertext or AAD', (_n, k, iv, aad, p) => {
    const sealed = gcmEncrypt(hex(k), hex(iv), hex(p), hex(aad));
    for (const at of [0, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[at] = (bad[at] ?? 0) ^ 1;
      expect(gcmDecrypt(hex(k), hex(iv), bad, hex(aad))).toBeNull();
    }
    expect(gcmDecrypt(hex(k), hex(iv), sealed, hex(`${aad}00`))).toBeNull();
  });

  it('agrees with WebCrypto on random keys, IVs, AAD and lengths', async () => {
    for (const len of [0, 1, 15, 16, 17, 100, 4096 + 3]) {
      const [key, iv, aad, plain] = [32, 12, len % 40, len].map((n) =>
        webcrypto.getRandomValues(new Uint8Array(n)),
      ) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
      const k = await webcrypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
      const web = new Uint8Array(
        await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, k, plain),
      );
      expect(toHex(gcmEncrypt(key, iv, plain, aad)), `length ${len}`).toBe(toHex(web));
    }
  });

  it('seals a page WebCrypto opens, and opens a page WebCrypto sealed', async () => {
    const pure = pureSubtle((d) => new Uint8Array(createHash('sha256').update(d).digest()));
    const web = webcrypto.subtle as unknown as SubtleLike;
    const key = new Uint8Array(32).fill(5);
    const id = 'd'.repeat(32);
    const iv = new Uint8Array(12).fill(2);
    const a = await sealBundle(pure, '{"a":1}', id, key, iv);
    const b = await sealBundle(web, '{"a":1}', id, key, iv);
    expect(toHex(a)).toBe(toHex(b));
    expect((await openBundle(web, a, id, key)).kind).toBe('ok');
    expect((await openBundle(pure, b, id, key)).kind).toBe('ok');
    const changed = a.slice();
    changed[60] = (changed[60] ?? 0) ^ 1;
    expect((await openBundle(pure, changed, id, key)).kind).toBe('damaged');
  });
});

describe('GHASH multiplication by table (the fast path gcmEncrypt uses)', () => {
  it('equals Algorithm 1 of SP 800-38D bit by bit, for any X and H', () => {
    const block = fc.uint8Array({ minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(block, block, (x, h) => {
        expect(toHex(gmulTable(x, h))).toBe(toHex(gmul(x, h)));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['the unit (x^0)', '80'.padEnd(32, '0')],
    ['x^127, which needs the reduction', '00'.repeat(15) + '01'],
    ['all ones', 'ff'.repeat(16)],
  ])('equals Algorithm 1 for X = %s', (_what, x) => {
    const h = hex('66e94bd4ef8a2c3b884cfa59ca342b2e');
    expect(toHex(gmulTable(hex(x), h))).toBe(toHex(gmul(hex(x), h)));
  });
});
