// AES-256 block encryption written from FIPS 197 (for platforms without WebCrypto, e.g. Apps Script).
// Not constant-time: fine for sealing on the manager's own machine, never for decrypting secrets
// an attacker can time; browsers and Node decrypt with WebCrypto.

/** xtime (FIPS 197 §4.2.1): multiplication by x in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
const xtime = (b: number) => ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 0xff;

function mul(a: number, b: number): number {
  let out = 0;
  for (let x = a, y = b; y > 0; y >>= 1, x = xtime(x)) if (y & 1) out ^= x;
  return out;
}

/** The S-box (§5.1.1): the multiplicative inverse in GF(2^8), then the affine transformation. */
const SBOX = (() => {
  const box = new Uint8Array(256);
  for (let a = 0; a < 256; a++) {
    let inv = 0;
    for (let c = 1; c < 256 && a !== 0; c++)
      if (mul(a, c) === 1) {
        inv = c;
        break;
      }
    let s = 0x63;
    for (let i = 0; i < 5; i++) s ^= ((inv << i) | (inv >> (8 - i))) & 0xff;
    box[a] = s;
  }
  return box;
})();

export type RoundKeys = Uint8Array;

/** KeyExpansion (§5.2) for a 256-bit key: Nk = 8, Nr = 14, 60 four-byte words. */
export function expandKey256(key: Uint8Array): RoundKeys {
  if (key.length !== 32) throw new Error('AES-256 needs a 32-byte key.');
  const w = new Uint8Array(240);
  w.set(key);
  let rcon = 1;
  for (let i = 8; i < 60; i++) {
    let t = [w[4 * i - 4], w[4 * i - 3], w[4 * i - 2], w[4 * i - 1]] as number[];
    if (i % 8 === 0) {
      t = [t[1], t[2], t[3], t[0]].map((b) => SBOX[b as number] as number);
      t[0] = (t[0] as number) ^ rcon;
      rcon = xtime(rcon);
    } else if (i % 8 === 4) t = t.map((b) => SBOX[b] as number);
    for (let j = 0; j < 4; j++) w[4 * i + j] = (w[4 * (i - 8) + j] as number) ^ (t[j] as number);
  }
  return w;
}

/** xtime of every byte, so MixColumns is table lookups. */
const XTIME = Uint8Array.from({ length: 256 }, (_, b) => xtime(b));

/** Cipher (§5.1): 14 rounds of SubBytes, ShiftRows, MixColumns (not in the last), AddRoundKey. */
export function encryptBlock(w: RoundKeys, input: Uint8Array): Uint8Array {
  // The state in column order, as the input bytes are: s[r + 4c]. Two buffers, swapped per round.
  let s = new Uint8Array(16);
  let t = new Uint8Array(16);
  for (let i = 0; i < 16; i++) s[i] = (input[i] as number) ^ (w[i] as number);
  for (let round = 1; round <= 14; round++) {
    // SubBytes and ShiftRows together: row r is rotated left by r columns.
    for (let c = 0; c < 4; c++)
      for (let r = 0; r < 4; r++) t[r + 4 * c] = SBOX[s[r + 4 * ((c + r) & 3)] as number] as number;
    if (round < 14)
      for (let c = 4 * 3; c >= 0; c -= 4) {
        const a0 = t[c] as number;
        const a1 = t[c + 1] as number;
        const a2 = t[c + 2] as number;
        const a3 = t[c + 3] as number;
        const x0 = XTIME[a0] as number;
        const x1 = XTIME[a1] as number;
        const x2 = XTIME[a2] as number;
        const x3 = XTIME[a3] as number;
        // MixColumns (§5.1.3): each column times {03}x^3 + {01}x^2 + {01}x + {02}.
        t[c] = x0 ^ x1 ^ a1 ^ a2 ^ a3;
        t[c + 1] = a0 ^ x1 ^ x2 ^ a2 ^ a3;
        t[c + 2] = a0 ^ a1 ^ x2 ^ x3 ^ a3;
        t[c + 3] = x0 ^ a0 ^ a1 ^ a2 ^ x3;
      }
    const k = 16 * round;
    for (let i = 0; i < 16; i++) t[i] = (t[i] as number) ^ (w[k + i] as number);
    const swap = s;
    s = t;
    t = swap;
  }
  return s;
}
