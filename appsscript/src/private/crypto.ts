// Randomness and SHA-256 in Apps Script, which has no WebCrypto: Utilities.getUuid and Utilities.computeDigest.
import { utf8Bytes } from '../../../shared/private';

/** Apps Script bytes are signed (-128..127); Uint8Array's are not. */
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

/** SHA-256 of bytes (https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,Byte)). */
export function appsSha256(data: Uint8Array): Uint8Array {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, signed(data));
  return Uint8Array.from(digest, (b) => b & 255);
}

/**
 * `n` random bytes for keys, file ids and IVs, never Math.random. Apps Script's one source of
 * cryptographic randomness is Utilities.getUuid, "equivalent to using the
 * java.util.UUID.randomUUID() method" (https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()),
 * and randomUUID's UUID "is generated using a cryptographically strong pseudo random number
 * generator" (https://docs.oracle.com/javase/8/docs/api/java/util/UUID.html#randomUUID--). A
 * version-4 UUID carries 122 random bits, so each 32 bytes are SHA-256 of three UUIDs (366 bits).
 */
export function uuidRandom(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += 32) {
    const seed = [Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()].join('\n');
    out.set(appsSha256(utf8Bytes(seed)).subarray(0, Math.min(32, n - at)), at);
  }
  return out;
}
