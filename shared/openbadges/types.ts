// Open Badges 2.0 (1EdTech) hosted documents Bellringer writes: Issuer profile, BadgeClass, Assertion.

export const OB_CONTEXT = 'https://w3id.org/openbadges/v2';

export interface ObIssuer {
  readonly '@context': typeof OB_CONTEXT;
  readonly type: 'Issuer';
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly email: string;
  /** The issuer's RevocationList: every assertion it withdrew (spec: Profile.revocationList). */
  readonly revocationList: string;
}

/** One withdrawn assertion: its address and why (spec: RevocationList.revokedAssertions). */
export interface ObRevoked {
  readonly id: string;
  readonly revocationReason: string;
}

/** 1EdTech Open Badges 2.0 RevocationList: the issuer's withdrawn assertions. */
export interface ObRevocationList {
  readonly '@context': typeof OB_CONTEXT;
  readonly type: 'RevocationList';
  readonly id: string;
  readonly issuer: string;
  readonly revokedAssertions: readonly ObRevoked[];
}

/**
 * What a withdrawn assertion's address answers from then on: the spec's hosted revocation
 * ("revoked": true, with a reason); a static host cannot answer 410 Gone per file.
 */
export interface ObRevokedAssertion {
  readonly '@context': typeof OB_CONTEXT;
  readonly type: 'Assertion';
  readonly id: string;
  readonly revoked: true;
  readonly revocationReason: string;
}

export interface ObBadgeClass {
  readonly '@context': typeof OB_CONTEXT;
  readonly type: 'BadgeClass';
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly image: string;
  readonly criteria: { readonly id: string; readonly narrative: string };
  readonly issuer: string;
}

export interface ObAssertion {
  readonly '@context': typeof OB_CONTEXT;
  readonly type: 'Assertion';
  readonly id: string;
  readonly recipient: {
    readonly type: 'email';
    readonly hashed: true;
    readonly salt: string;
    /** `sha256$` + hex SHA-256 of the lower-case address followed by the salt. */
    readonly identity: string;
  };
  readonly badge: string;
  readonly verification: { readonly type: 'hosted' };
  readonly issuedOn: string;
  readonly evidence: readonly { readonly id: string; readonly narrative: string }[];
}

/** A file of the published folder: its path under the site and its text. */
export interface BadgeFile {
  readonly path: string;
  readonly text: string;
}

/** SHA-256 of UTF-8 text as lower-case hex (node:crypto, Utilities.computeDigest; passed in). */
export type Sha256Hex = (text: string) => string;
