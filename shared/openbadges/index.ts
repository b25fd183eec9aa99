// Open Badges 2.0 (issue 16 item 4): hosted assertions of public awards, verifiable from the static site.
export {
  BADGES_DIR,
  buildOpenBadges,
  type OpenBadges,
  type OpenBadgesInput,
  type PortableLink,
  type PreviousBadges,
  REVOCATION_REASON,
  REVOCATIONS_FILE,
} from './build';
export { badgeSvg } from './image';
export { type LinkedInCert, linkedInUrl } from './linkedin';
export {
  type BadgeFile,
  OB_CONTEXT,
  type ObAssertion,
  type ObBadgeClass,
  type ObIssuer,
  type ObRevocationList,
  type ObRevoked,
  type ObRevokedAssertion,
  type Sha256Hex,
} from './types';
