// Open Badges 2.0 hosted assertions for the public awards of public reps: files and each rep's links.
//
// Written from the 1EdTech Open Badges 2.0 specification (IMS Final Release, 2018): hosted
// verification fetches the Assertion at its `id`, which must be an https address on the issuer's
// origin; the Assertion names its BadgeClass by address, the BadgeClass its Issuer profile. Only
// the public snapshot's awards, badges and reps are read, so a private rep, badge or award has
// none. The recipient is the rep's email, hashed with a salt (never in clear).
import { compareText } from '../order';
import type { Snapshot } from '../snapshot';
import { dayStartIso, parseIsoDay } from '../time';
import { badgeSvg } from './image';
import { linkedInUrl } from './linkedin';
import {
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

export const BADGES_DIR = 'badges';
/** The issuer's RevocationList, beside issuer.json. */
export const REVOCATIONS_FILE = 'revocations.json';
/** What a withdrawn assertion says: the award left the public site (withdrawn, or made private). */
export const REVOCATION_REASON =
  'Withdrawn by the issuer: this award is no longer published (the award or badge was withdrawn or made private, or the holder is no longer listed publicly).';

/** What the last build published, so an assertion that is gone now is revoked, never just deleted. */
export interface PreviousBadges {
  /** Addresses of the assertions the last build wrote (live ones). */
  readonly assertions: readonly string[];
  /** The last RevocationList's entries: revoked stays revoked unless the award is public again. */
  readonly revoked: readonly ObRevoked[];
}

export interface OpenBadgesInput {
  /**
   * The public snapshot (whole, before any split): its reps, badges and awards are the public
   * ones; its team's time zone (Settings time_zone) dates each issuedOn.
   */
  readonly snapshot: Pick<Snapshot, 'team' | 'reps' | 'badges' | 'awards'>;
  /** The https address the site is published at (Settings site_url). */
  readonly siteUrl: string;
  /** The issuer's contact address (Settings badge_issuer_email). */
  readonly issuerEmail: string;
  /** Reps' email addresses by rep id (private: only their salted hashes are written). */
  readonly emails: ReadonlyMap<string, string>;
  readonly sha256Hex: Sha256Hex;
  readonly previous?: PreviousBadges;
}

export interface PortableLink {
  readonly name: string;
  readonly earnedOn: string;
  readonly assertionUrl: string;
  readonly linkedInUrl: string;
}

export interface OpenBadges {
  readonly files: readonly BadgeFile[];
  /** Per rep id, their assertions, newest first: the private page offers them. */
  readonly portable: ReadonlyMap<string, readonly PortableLink[]>;
  /** Addresses of the assertions revoked by this build and earlier ones, sorted. */
  readonly revoked: readonly string[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function buildOpenBadges(input: OpenBadgesInput): OpenBadges {
  const site = input.siteUrl.endsWith('/') ? input.siteUrl : `${input.siteUrl}/`;
  const h = input.sha256Hex;
  const at = (path: string) => `${site}${BADGES_DIR}/${path}`;
  const issuer: ObIssuer = {
    '@context': OB_CONTEXT,
    type: 'Issuer',
    id: at('issuer.json'),
    name: input.snapshot.team.name,
    url: site,
    email: input.issuerEmail,
    revocationList: at(REVOCATIONS_FILE),
  };
  const files: BadgeFile[] = [{ path: `${BADGES_DIR}/issuer.json`, text: json(issuer) }];
  const publicReps = new Set(input.snapshot.reps.map((r) => r.id));
  const classes = new Map<string, { url: string; name: string }>();
  for (const b of input.snapshot.badges) {
    // The file name is a hash of the badge id: any id the manager typed is a safe path.
    const slug = h(`badge\n${b.id}`).slice(0, 20);
    const badgeClass: ObBadgeClass = {
      '@context': OB_CONTEXT,
      type: 'BadgeClass',
      id: at(`classes/${slug}.json`),
      name: b.name,
      description: b.description ?? b.howToEarn,
      image: at(`images/${slug}.svg`),
      criteria: { id: `${site}#/badges`, narrative: b.howToEarn },
      issuer: issuer.id,
    };
    classes.set(b.id, { url: badgeClass.id, name: b.name });
    files.push({ path: `${BADGES_DIR}/classes/${slug}.json`, text: json(badgeClass) });
    files.push({ path: `${BADGES_DIR}/images/${slug}.svg`, text: badgeSvg(b) });
  }
  const portable = new Map<string, PortableLink[]>();
  for (const a of input.snapshot.awards) {
    const email = input.emails.get(a.repId)?.trim().toLowerCase();
    const badge = classes.get(a.badgeId);
    if (!publicReps.has(a.repId) || !badge || !email) continue;
    const key = h(`award\n${a.badgeId}\n${a.repId}\n${a.earnedOn}\n${a.window ?? ''}`).slice(0, 32);
    const id = at(`assertions/${key}.json`);
    // One salt per assertion, from its address: no two assertions share a hash of one email.
    const salt = h(`salt\n${id}`).slice(0, 32);
    const assertion: ObAssertion = {
      '@context': OB_CONTEXT,
      type: 'Assertion',
      id,
      recipient: { type: 'email', hashed: true, salt, identity: `sha256$${h(email + salt)}` },
      badge: badge.url,
      verification: { type: 'hosted' },
      // The award's day starts at 00:00 where the team is, not in Greenwich.
      issuedOn: dayStartIso(parseIsoDay(a.earnedOn) as number, input.snapshot.team.timeZone),
      evidence: [{ id: `${site}#/reps/${encodeURIComponent(a.repId)}`, narrative: a.explanation }],
    };
    files.push({ path: `${BADGES_DIR}/assertions/${key}.json`, text: json(assertion) });
    const list = portable.get(a.repId) ?? [];
    list.push({
      name: badge.name,
      earnedOn: a.earnedOn,
      assertionUrl: id,
      linkedInUrl: linkedInUrl({
        name: badge.name,
        organization: input.snapshot.team.name,
        issued: a.earnedOn,
        url: id,
        certId: key,
      }),
    });
    portable.set(a.repId, list);
  }
  for (const list of portable.values())
    list.sort(
      (x, y) => compareText(y.earnedOn, x.earnedOn) || compareText(x.assertionUrl, y.assertionUrl),
    );
  const revoked = revocations(input, at, new Set(files.map((f) => f.path)));
  const list: ObRevocationList = {
    '@context': OB_CONTEXT,
    type: 'RevocationList',
    id: issuer.revocationList,
    issuer: issuer.id,
    revokedAssertions: revoked,
  };
  files.push({ path: `${BADGES_DIR}/${REVOCATIONS_FILE}`, text: json(list) });
  for (const r of revoked) {
    const doc: ObRevokedAssertion = {
      '@context': OB_CONTEXT,
      type: 'Assertion',
      id: r.id,
      revoked: true,
      revocationReason: r.revocationReason,
    };
    files.push({ path: r.id.slice(site.length), text: json(doc) });
  }
  files.sort((x, y) => compareText(x.path, y.path));
  return { files, portable, revoked: revoked.map((r) => r.id) };
}

/**
 * Every assertion published before (live or already revoked) that this build does not write is
 * revoked: its address keeps answering, with `revoked: true`, and the RevocationList names it.
 * Only addresses of this site's own assertion files count (a changed site_url starts afresh).
 */
function revocations(
  input: OpenBadgesInput,
  at: (path: string) => string,
  written: ReadonlySet<string>,
): ObRevoked[] {
  const prefix = at('assertions/');
  const site = at('');
  const ours = (id: string) =>
    id.startsWith(prefix) && /^[0-9a-f]{32}\.json$/.test(id.slice(prefix.length));
  const reasons = new Map<string, string>();
  for (const r of input.previous?.revoked ?? []) reasons.set(r.id, r.revocationReason);
  for (const id of input.previous?.assertions ?? []) reasons.set(id, REVOCATION_REASON);
  const out: ObRevoked[] = [];
  for (const [id, reason] of reasons)
    if (ours(id) && !written.has(`${BADGES_DIR}/${id.slice(site.length)}`))
      out.push({ id, revocationReason: reason });
  return out.sort((x, y) => compareText(x.id, y.id));
}
