// AES-256-GCM written from NIST SP 800-38D (§6-7), on the FIPS 197 block cipher in aes.ts, with a
// SubtleLike face so sealBundle runs where WebCrypto does not (Apps Script). 96-bit IVs, 128-bit tags.
import { encryptBlock, expandKey256, type RoundKeys } from './aes';
import type { SubtleLike } from './seal';

/** X · Y in GF(2^128) (§6.3, Algorithm 1), bit 0 the leftmost; R = 11100001 || 0^120. */
export function gmul(x: Uint8Array, y: Uint8Array): Uint8Array {
  const z = new Uint8Array(16);
  const v = y.slice();
  for (let i = 0; i < 128; i++) {
    if (((x[i >> 3] as number) >> (7 - (i & 7))) & 1)
      for (let j = 0; j < 16; j++) z[j] = (z[j] as number) ^ (v[j] as number);
    const lsb = (v[15] as number) & 1;
    for (let j = 15; j > 0; j--) v[j] = ((v[j] as number) >> 1) | (((v[j - 1] as number) & 1) << 7);
    v[0] = (v[0] as number) >> 1;
    if (lsb) v[0] = (v[0] as number) ^ 0xe1;
  }
  return z;
}

/**
 * X · x^8 reduction per byte shifted out: what the low byte `b` of X adds to the top two bytes
 * when X is multiplied by x^8, computed once with Algorithm 1 itself (gmul by x^8 = 0x00 0x80…).
 */
const X8 = (() => {
  const x8 = new Uint8Array(16);
  x8[1] = 0x80;
  return Uint16Array.from({ length: 256 }, (_, b) => {
    const v = new Uint8Array(16);
    v[15] = b;
    const z = gmul(v, x8);
    return ((z[0] as number) << 8) | (z[1] as number);
  });
})();

/**
 * Multiplication by a fixed H, a byte at a time (Shoup's table method): T[b] = b · H for every
 * byte b, then X · H by Horner's rule over X's bytes, last first, Z ← Z · x^8 ⊕ T[X_k]. The
 * same product as Algorithm 1 (tested against it), about ten times fewer steps per block.
 */
function hTable(h: Uint8Array): Uint8Array[] {
  const t = Array.from({ length: 256 }, () => new Uint8Array(16));
  // A byte's top bit is x^0: T[0x80] = H, and each lower bit one more factor x (§6.3's shift).
  t[0x80] = h.slice();
  for (let bit = 0x40; bit >= 1; bit >>= 1) {
    const prev = t[bit << 1] as Uint8Array;
    const v = t[bit] as Uint8Array;
    for (let j = 15; j > 0; j--)
      v[j] = ((prev[j] as number) >> 1) | (((prev[j - 1] as number) & 1) << 7);
    v[0] = (prev[0] as number) >> 1;
    if ((prev[15] as number) & 1) v[0] = (v[0] as number) ^ 0xe1;
  }
  // Every other byte is a sum of single bits: the product distributes over XOR.
  for (let bit = 2; bit < 256; bit <<= 1)
    for (let low = 1; low < bit; low++) {
      const v = t[bit + low] as Uint8Array;
      const a = t[bit] as Uint8Array;
      const b = t[low] as Uint8Array;
      for (let j = 0; j < 16; j++) v[j] = (a[j] as number) ^ (b[j] as number);
    }
  return t;
}

function mulTable(t: readonly Uint8Array[], x: Uint8Array, z: Uint8Array): void {
  z.fill(0);
  for (let k = 15; k >= 0; k--) {
    const out = z[15] as number;
    for (let j = 15; j > 0; j--) z[j] = z[j - 1] as number;
    const red = X8[out] as number;
    z[0] = red >> 8;
    z[1] = (z[1] as number) ^ (red & 0xff);
    const row = t[x[k] as number] as Uint8Array;
    for (let j = 0; j < 16; j++) z[j] = (z[j] as number) ^ (row[j] as number);
  }
}

/** GHASH_H over A || 0^v || C || 0^u || [len(A)]64 || [len(C)]64 (§7.1 step 5). */
function ghash(h: Uint8Array, aad: Uint8Array, c: Uint8Array): Uint8Array {
  const table = hTable(h);
  const y = new Uint8Array(16);
  const block = new Uint8Array(16);
  const absorb = (data: Uint8Array) => {
    for (let i = 0; i < data.length; i += 16) {
      block.fill(0);
      block.set(data.subarray(i, i + 16));
      for (let j = 0; j < 16; j++) block[j] = (block[j] as number) ^ (y[j] as number);
      mulTable(table, block, y);
    }
  };
  absorb(aad);
  absorb(c);
  const lengths = new Uint8Array(16);
  const view = new DataView(lengths.buffer);
  // Bit lengths as 64-bit big-endian numbers; the high words are 0 below 512 MiB.
  view.setUint32(4, aad.length * 8);
  view.setUint32(12, c.length * 8);
  absorb(lengths);
  return y;
}

/** For tests: X · Y by the table method, to compare with Algorithm 1 (`gmul`). */
export function gmulTable(x: Uint8Array, y: Uint8Array): Uint8Array {
  const z = new Uint8Array(16);
  mulTable(hTable(y), x, z);
  return z;
}

/** GCTR_K(ICB, X) (§6.5): CTR mode, incrementing the last 32 bits of the counter (inc32). */
function gctr(w: RoundKeys, icb: Uint8Array, x: Uint8Array): Uint8Array {
  const out = new Uint8Array(x.length);
  const cb = icb.slice();
  const view = new DataView(cb.buffer);
  for (let i = 0; i < x.length; i += 16) {
    const k = encryptBlock(w, cb);
    for (let j = 0; j < 16 && i + j < x.length; j++)
      out[i + j] = (x[i + j] as number) ^ (k[j] as number);
    view.setUint32(12, (view.getUint32(12) + 1) >>> 0);
  }
  return out;
}

function parts(key: Uint8Array, iv: Uint8Array) {
  if (iv.length !== 12) throw new Error('Only 96-bit IVs are supported.');
  const w = expandKey256(key);
  const h = encryptBlock(w, new Uint8Array(16));
  const j0 = new Uint8Array(16);
  j0.set(iv);
  j0[15] = 1;
  const icb = j0.slice();
  icb[15] = 2;
  return { w, h, j0, icb };
}

/** GCM-AE (§7.1): ciphertext followed by the 128-bit tag, as WebCrypto returns it. */
export function gcmEncrypt(
  key: Uint8Array,
  iv: Uint8Array,
  plain: Uint8Array,
  aad: Uint8Array,
): Uint8Array {
  const { w, h, j0, icb } = parts(key, iv);
  const c = gctr(w, icb, plain);
  const tag = gctr(w, j0, ghash(h, aad, c));
  const out = new Uint8Array(c.length + 16);
  out.set(c);
  out.set(tag, c.length);
  return out;
}

/** GCM-AD (§7.2): the plaintext, or null when the tag does not match (FAIL). */
export function gcmDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Uint8Array | null {
  if (sealed.length < 16) return null;
  const { w, h, j0, icb } = parts(key, iv);
  const c = sealed.subarray(0, sealed.length - 16);
  const tag = gctr(w, j0, ghash(h, aad, c));
  let diff = 0;
  for (let i = 0; i < 16; i++) diff |= (tag[i] as number) ^ (sealed[c.length + i] as number);
  return diff === 0 ? gctr(w, icb, c) : null;
}

/**
 * A SubtleLike for platforms without WebCrypto: AES-256-GCM from this file, SHA-256 from the
 * platform (Apps Script: Utilities.computeDigest), passed in.
 */
export function pureSubtle(sha256: (data: Uint8Array) => Uint8Array): SubtleLike {
  const keyOf = (k: object) => (k as { raw: Uint8Array }).raw;
  return {
    importKey: async (_format, keyData) => ({ raw: keyData.slice() }),
    encrypt: async (alg, key, data) => {
      const out = gcmEncrypt(keyOf(key), alg.iv, data, alg.additionalData);
      return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
    },
    decrypt: async (alg, key, data) => {
      const out = gcmDecrypt(keyOf(key), alg.iv, data, alg.additionalData);
      // WebCrypto rejects with an OperationError on a bad tag; so does this.
      if (out === null) throw new Error('OperationError: the tag does not match');
      return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
    },
    digest: async (_alg, data) => {
      const d = sha256(data);
      return d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength) as ArrayBuffer;
    },
  };
}
