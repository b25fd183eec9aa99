// Open Badges 2.0 hosted assertions for the public awards of public reps: files and each rep's links.
//
// Written from the 1EdTech Open Badges 2.0 specification (IMS Final Release, 2018): hosted
// verification fetches the Assertion at its `id`, which must be an https address on the issuer's
// origin; the Assertion names its BadgeClass by address, the BadgeClass its Issuer profile. Only
// the public snapshot's awards, badges and reps are read, so a private rep, badge or award has
// none. The recipient is the rep's email, hashed with a salt (never in clear).
import { compareText } from '../order';
import type { Snapshot } from '../snapshot';
import { badgeSvg } from './image';
import { linkedInUrl } from './linkedin';
import {
  type BadgeFile,
  OB_CONTEXT,
  type ObAssertion,
  type ObBadgeClass,
  type ObIssuer,
  type Sha256Hex,
} from './types';

export const BADGES_DIR = 'badges';

export interface OpenBadgesInput {
  /** The public snapshot (whole, before any split): its reps, badges and awards are the public ones. */
  readonly snapshot: Pick<Snapshot, 'team' | 'reps' | 'badges' | 'awards'>;
  /** The https address the site is published at (Settings site_url). */
  readonly siteUrl: string;
  /** The issuer's contact address (Settings badge_issuer_email). */
  readonly issuerEmail: string;
  /** Reps' email addresses by rep id (private: only their salted hashes are written). */
  readonly emails: ReadonlyMap<string, string>;
  readonly sha256Hex: Sha256Hex;
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
      issuedOn: `${a.earnedOn}T00:00:00Z`,
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
  files.sort((x, y) => compareText(x.path, y.path));
  return { files, portable };
}
