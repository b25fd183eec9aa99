// Seals a private page with AES-256-GCM (WebCrypto, passed in: shared/ uses no platform globals) and opens it.
//
// File layout: "BRP1" | key check (16) | IV (12) | ciphertext and 16-byte tag. The additional data
// binds the magic, the key check and the file's id, so a file served under another id fails. The
// key check (a hash of the key and id, which tells nothing about the key) lets the page say "wrong
// key" apart from "this file was changed". The plaintext is JSON padded with spaces so the file is
// exactly one of PAD_SIZES: a file's size tells only which size class the page falls in.

import { utf8Bytes as utf8, utf8Text } from './utf8';

/** The slice of WebCrypto's SubtleCrypto this needs (Node 20's `crypto.subtle` and browsers'). */
export interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'AES-GCM',
    extractable: boolean,
    keyUsages: ('encrypt' | 'decrypt')[],
  ): Promise<object>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array; tagLength: 128 },
    key: object,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array; tagLength: 128 },
    key: object,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

export const MAGIC = 'BRP1';
export const CHECK_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + CHECK_BYTES + IV_BYTES;
/** Bundle file sizes; past the last, whole multiples of it. */
export const PAD_SIZES = [4096, 16_384, 65_536, 262_144] as const;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The file size for `plainBytes` of JSON: the smallest pad size that holds it with the header and tag. */
export function paddedSize(plainBytes: number): number {
  const need = plainBytes + HEADER_BYTES + TAG_BYTES;
  for (const size of PAD_SIZES) if (need <= size) return size;
  const last = PAD_SIZES[PAD_SIZES.length - 1] as number;
  return Math.ceil(need / last) * last;
}

/** What the key check hashes: a label, the key and the file id (SHA-256 of it, first 16 bytes). */
export function keyCheckInput(key: Uint8Array, id: string): Uint8Array {
  return concat(utf8('bellringer-key-check/v1\n'), key, utf8(`\n${id}`));
}

async function keyCheck(subtle: SubtleLike, key: Uint8Array, id: string): Promise<Uint8Array> {
  const hash = await subtle.digest('SHA-256', keyCheckInput(key, id));
  return new Uint8Array(hash).slice(0, CHECK_BYTES);
}

/** The plaintext a file seals: the JSON, then spaces up to the file's pad size. */
export function paddedPlain(json: string): Uint8Array {
  const body = utf8(json);
  const plain = new Uint8Array(paddedSize(body.length) - HEADER_BYTES - TAG_BYTES).fill(0x20);
  plain.set(body);
  return plain;
}

/** The additional data: the magic, the key check and the file id (a file served under another id fails). */
export function additionalData(check: Uint8Array, id: string): Uint8Array {
  return concat(utf8(MAGIC), check, utf8(id));
}

/** The file: magic, key check, IV, then ciphertext and tag. */
export function frameFile(check: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Uint8Array {
  return concat(utf8(MAGIC), check, iv, sealed);
}

/** Refuses a key or IV of the wrong length before anything is sealed. */
export function checkSealInput(key: Uint8Array, iv: Uint8Array): void {
  if (key.length !== 32) throw new Error('A private page key is 32 bytes (AES-256).');
  if (iv.length !== IV_BYTES) throw new Error('An AES-GCM IV is 12 bytes.');
}

/** Encrypts `json` for the file `id` with a 32-byte key and a fresh 12-byte IV (never reuse one). */
export async function sealBundle(
  subtle: SubtleLike,
  json: string,
  id: string,
  key: Uint8Array,
  iv: Uint8Array,
): Promise<Uint8Array> {
  checkSealInput(key, iv);
  const check = await keyCheck(subtle, key, id);
  const k = await subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  const sealed = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(check, id), tagLength: 128 },
    k,
    paddedPlain(json),
  );
  return frameFile(check, iv, new Uint8Array(sealed));
}

/** What opening a file gave: its JSON text, or why not (each one a different message on the page). */
export type Opened =
  | { readonly kind: 'ok'; readonly json: string }
  /** Not a private page file at all (e.g. the host answered with a web page). */
  | { readonly kind: 'not_a_bundle' }
  /** The key does not belong to this file: a mistyped link, or someone else's page. */
  | { readonly kind: 'wrong_key' }
  /** The key is this file's, but the file was changed after it was sealed. */
  | { readonly kind: 'damaged' };

export async function openBundle(
  subtle: SubtleLike,
  file: Uint8Array,
  id: string,
  key: Uint8Array,
): Promise<Opened> {
  const magic = utf8(MAGIC);
  if (file.length < HEADER_BYTES + TAG_BYTES || magic.some((b: number, i: number) => file[i] !== b))
    return { kind: 'not_a_bundle' };
  if (key.length !== 32) return { kind: 'wrong_key' };
  const check = file.slice(magic.length, magic.length + CHECK_BYTES);
  const expected = await keyCheck(subtle, key, id);
  if (expected.some((b, i) => check[i] !== b)) return { kind: 'wrong_key' };
  const iv = file.slice(magic.length + CHECK_BYTES, HEADER_BYTES);
  const k = await subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
  try {
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(check, id), tagLength: 128 },
      k,
      file.slice(HEADER_BYTES),
    );
    const json = utf8Text(new Uint8Array(plain));
    return json === null ? { kind: 'damaged' } : { kind: 'ok', json };
  } catch {
    return { kind: 'damaged' };
  }
}
