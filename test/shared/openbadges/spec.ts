// Open Badges 2.0 checks written from the 1EdTech specification (IMS Final Release, 12 April 2018,
// https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html): the required
// properties of Assertion, BadgeClass and Profile (Issuer), the IdentityObject and its hash, and the
// hosted verification steps (fetch the Assertion at its id, same origin as the issuer, linked
// documents resolve). Returns the problems found; an empty list means the document set passes.
import { createHash } from 'node:crypto';

type Doc = Record<string, unknown>;
/** The published documents by address: what a verifier would GET. */
export type Hosted = ReadonlyMap<string, string>;

const CONTEXT = 'https://w3id.org/openbadges/v2';
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
const isIri = (x: unknown): x is string => isText(x) && /^https?:\/\/[^\s]+$/.test(x);
// DateTime: ISO 8601 with a time and a zone (the spec's DateTime, xsd:dateTime with offset).
const isDateTime = (x: unknown) =>
  isText(x) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(x);

function common(doc: Doc, type: string, where: string, problems: string[]): void {
  if (doc['@context'] !== CONTEXT) problems.push(`${where}: @context is not ${CONTEXT}`);
  if (doc.type !== type) problems.push(`${where}: type is not ${type}`);
  if (!isIri(doc.id)) problems.push(`${where}: id is not an HTTP(S) IRI`);
}

/** Profile (Issuer): id, type, name, url, email are required of an issuer. */
export function checkIssuer(doc: Doc, where = 'Issuer'): string[] {
  const p: string[] = [];
  common(doc, 'Issuer', where, p);
  if (!isText(doc.name)) p.push(`${where}: name missing`);
  if (!isIri(doc.url)) p.push(`${where}: url is not an IRI`);
  if (!isText(doc.email) || !/^[^@\s]+@[^@\s]+$/.test(doc.email)) p.push(`${where}: email missing`);
  return p;
}

/** BadgeClass: id, type, name, description, image (IRI or data URI), criteria (IRI or Criteria with id or narrative), issuer. */
export function checkBadgeClass(doc: Doc, where = 'BadgeClass'): string[] {
  const p: string[] = [];
  common(doc, 'BadgeClass', where, p);
  for (const k of ['name', 'description']) if (!isText(doc[k])) p.push(`${where}: ${k} missing`);
  if (!isIri(doc.image) && !(isText(doc.image) && doc.image.startsWith('data:')))
    p.push(`${where}: image is not an IRI or data URI`);
  const c = doc.criteria as Doc | string | undefined;
  const criteriaOk =
    isIri(c) || (typeof c === 'object' && c !== null && (isIri(c.id) || isText(c.narrative)));
  if (!criteriaOk)
    p.push(`${where}: criteria is neither an IRI nor a Criteria with id or narrative`);
  if (!isIri(doc.issuer)) p.push(`${where}: issuer is not an IRI`);
  return p;
}

/** Assertion: id, type, recipient (IdentityObject), badge, verification, issuedOn. */
export function checkAssertion(doc: Doc, where = 'Assertion'): string[] {
  const p: string[] = [];
  common(doc, 'Assertion', where, p);
  const r = doc.recipient as Doc | undefined;
  if (!r || typeof r !== 'object') p.push(`${where}: recipient missing`);
  else {
    if (r.type !== 'email') p.push(`${where}: recipient.type is not email`);
    if (typeof r.hashed !== 'boolean') p.push(`${where}: recipient.hashed is not a boolean`);
    if (!isText(r.identity)) p.push(`${where}: recipient.identity missing`);
    // A hashed identity is an IdentityHash: "sha256$" or "md5$" then the hex digest.
    if (r.hashed === true && !/^(sha256\$[0-9a-f]{64}|md5\$[0-9a-f]{32})$/.test(String(r.identity)))
      p.push(`${where}: recipient.identity is not an IdentityHash`);
  }
  if (!isIri(doc.badge)) p.push(`${where}: badge is not an IRI`);
  const v = doc.verification as Doc | undefined;
  if (!v || (v.type !== 'hosted' && v.type !== 'HostedBadge' && v.type !== 'signed'))
    p.push(`${where}: verification.type missing`);
  if (!isDateTime(doc.issuedOn)) p.push(`${where}: issuedOn is not a DateTime`);
  for (const e of (doc.evidence as Doc[] | undefined) ?? [])
    if (!isIri(e.id) && !isText(e.narrative)) p.push(`${where}: evidence without id or narrative`);
  return p;
}

/**
 * RevocationList (spec: "RevocationList" class): type, id, issuer (the issuer's id), and
 * revokedAssertions, each an Assertion id, or an object with `id` (or `uid`) and optionally
 * `revocationReason`. An Issuer's `revocationList` names it by address.
 */
export function checkRevocationList(
  doc: Doc,
  issuerId: string,
  where = 'RevocationList',
): string[] {
  const p: string[] = [];
  common(doc, 'RevocationList', where, p);
  if (doc.issuer !== issuerId) p.push(`${where}: issuer is not the issuer's id`);
  if (!Array.isArray(doc.revokedAssertions)) p.push(`${where}: revokedAssertions is not a list`);
  for (const r of (doc.revokedAssertions as unknown[] | undefined) ?? []) {
    const ok =
      isIri(r) ||
      (typeof r === 'object' && r !== null && (isIri((r as Doc).id) || isText((r as Doc).uid)));
    if (!ok) p.push(`${where}: an entry is neither an Assertion id nor an object with id or uid`);
  }
  return p;
}

/** The ids a RevocationList withdraws. */
export function revokedIds(doc: Doc): string[] {
  return ((doc.revokedAssertions as unknown[] | undefined) ?? []).map((r) =>
    typeof r === 'string' ? r : String((r as Doc).id ?? (r as Doc).uid),
  );
}

/** Hosted verification of one assertion address, reading only what `hosted` serves. */
export function verifyHosted(url: string, hosted: Hosted): string[] {
  const get = (u: string): Doc | null => {
    const text = hosted.get(u);
    return text === undefined ? null : (JSON.parse(text) as Doc);
  };
  const assertion = get(url);
  if (!assertion) return [`${url}: nothing hosted at the assertion's address`];
  // Hosted revocation: the address answers `revoked: true` (a server may also answer 410 Gone).
  if (assertion.revoked === true) return [`${url}: revoked`];
  const p = checkAssertion(assertion, url);
  if (assertion.id !== url) p.push(`${url}: the hosted assertion's id is not its address`);
  const v = assertion.verification as Doc | undefined;
  if (v?.type !== 'hosted' && v?.type !== 'HostedBadge') p.push(`${url}: not hosted verification`);
  const badge = isIri(assertion.badge) ? get(assertion.badge) : null;
  if (!badge) return [...p, `${url}: its BadgeClass is not hosted`];
  p.push(...checkBadgeClass(badge, String(assertion.badge)));
  const issuer = isIri(badge.issuer) ? get(badge.issuer) : null;
  if (!issuer) return [...p, `${url}: its Issuer profile is not hosted`];
  p.push(...checkIssuer(issuer, String(badge.issuer)));
  // An issuer's RevocationList, when it names one, must be hosted, valid, and not list this assertion.
  if (issuer.revocationList !== undefined) {
    const list = isIri(issuer.revocationList) ? get(issuer.revocationList) : null;
    if (!list) p.push(`${url}: its issuer's revocationList is not hosted`);
    else {
      p.push(...checkRevocationList(list, String(issuer.id), String(issuer.revocationList)));
      if (revokedIds(list).includes(url)) p.push(`${url}: revoked (in the RevocationList)`);
    }
  }
  if (isIri(badge.image) && !hosted.has(badge.image))
    p.push(`${url}: its badge image is not hosted`);
  // Without a verification policy on the issuer, the assertion must be on the issuer id's origin.
  if (new URL(url).origin !== new URL(String(issuer.id)).origin)
    p.push(`${url}: not on the issuer's origin`);
  if (!url.startsWith('https://')) p.push(`${url}: not https`);
  return p;
}

/** Whether an assertion's hashed recipient is `email`: sha256 of the address followed by the salt. */
export function recipientIs(assertion: Doc, email: string): boolean {
  const r = assertion.recipient as { identity: string; salt?: string };
  const hash = createHash('sha256')
    .update(email + (r.salt ?? ''))
    .digest('hex');
  return r.identity === `sha256$${hash}`;
}
