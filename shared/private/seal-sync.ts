// Seals a private page without promises, for Apps Script: a run there is synchronous, so the add-on seals with this (same file, byte for byte, as sealBundle with pureSubtle).
import { gcmEncrypt } from './gcm';
import {
  additionalData,
  CHECK_BYTES,
  checkSealInput,
  frameFile,
  keyCheckInput,
  paddedPlain,
} from './seal';

/** SHA-256 of bytes, from the platform (Apps Script: Utilities.computeDigest); passed in. */
export type Sha256 = (data: Uint8Array) => Uint8Array;

/** sealBundle's file, computed synchronously: AES-256-GCM from gcm.ts, the key check from `sha256`. */
export function sealBundleSync(
  sha256: Sha256,
  json: string,
  id: string,
  key: Uint8Array,
  iv: Uint8Array,
): Uint8Array {
  checkSealInput(key, iv);
  const check = sha256(keyCheckInput(key, id)).slice(0, CHECK_BYTES);
  return frameFile(check, iv, gcmEncrypt(key, iv, paddedPlain(json), additionalData(check, id)));
}
