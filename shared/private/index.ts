// Private pages (issue 16): each rep's own facts, sealed per rep; words and keys stay with the manager.
export { privateInputOf } from './from-engine';
export { MAX_SESSIONS, type PrivateInput, privateBundle, privateRepIds } from './facts';
export {
  PRIVATE_BUNDLE_VERSION,
  type PortableBadge,
  PortableBadgeSchema,
  type PrivateBundle,
  PrivateBundleSchema,
  type PrivatePlan,
  type PrivateStatement,
  type PrivateTarget,
  validateBundle,
} from './schema';
export {
  EMPTY_KEY_STORE,
  type KeyStore,
  KeyStoreSchema,
  type KeyUpdate,
  type RandomBytes,
  type RepKey,
  newRepKey,
  readKeyStore,
  serializeKeyStore,
  updateKeys,
} from './keys';
export {
  BIN_PARAM,
  base64url,
  bundlePath,
  fromBase64url,
  hexOf,
  ID_PATTERN,
  KEY_PATTERN,
  PRIVATE_DIR,
  PRIVATE_PAGE,
  parseFragment,
  privateLink,
} from './link';
export {
  type LinkBase,
  type PrivateFile,
  type PrivateLinkRow,
  type PrivatePublish,
  privateLinks,
  sealPrivatePages,
  sealPrivatePagesSync,
} from './publish';
export { type Sha256, sealBundleSync } from './seal-sync';
export {
  HEADER_BYTES,
  MAGIC,
  type Opened,
  openBundle,
  PAD_SIZES,
  paddedSize,
  sealBundle,
  type SubtleLike,
} from './seal';
export { gcmDecrypt, gcmEncrypt, pureSubtle } from './gcm';
export { utf8Bytes } from './utf8';
