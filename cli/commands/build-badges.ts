// `build`'s Open Badges: hosted JSON-LD under <out>/site/badges/ when Settings has site_url and badge_issuer_email.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineResult } from '../../shared/engine';
import {
  BADGES_DIR,
  buildOpenBadges,
  type ObRevoked,
  type PortableLink,
  type PreviousBadges,
  REVOCATIONS_FILE,
} from '../../shared/openbadges';

export interface BadgesOutcome {
  /** Assertions written (one per public award of a public rep with an email). */
  readonly assertions: number;
  readonly removed: number;
  /** Assertions answering `revoked: true` and listed in the RevocationList (this build and earlier). */
  readonly revoked: number;
  readonly portable: ReadonlyMap<string, readonly PortableLink[]>;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The names build-badges writes: a hash, then .json or .svg. Nothing else in badges/ is touched. */
const OURS = /^[0-9a-f]{20,32}\.(json|svg)$/;

/**
 * What the last build published under `<site>/badges/`: its assertion files (by address) and its
 * RevocationList's entries. An unreadable list counts as empty: the assertions on disk still are.
 */
function previousBadges(root: string, siteUrl: string): PreviousBadges {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const dir = join(root, BADGES_DIR, 'assertions');
  const assertions = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => OURS.test(n))
        .map((n) => `${site}${BADGES_DIR}/assertions/${n}`)
    : [];
  let revoked: ObRevoked[] = [];
  try {
    const list = JSON.parse(readFileSync(join(root, BADGES_DIR, REVOCATIONS_FILE), 'utf8'));
    if (Array.isArray(list?.revokedAssertions))
      revoked = list.revokedAssertions.filter(
        (r: unknown): r is ObRevoked =>
          typeof (r as ObRevoked)?.id === 'string' &&
          typeof (r as ObRevoked).revocationReason === 'string',
      );
  } catch {
    revoked = [];
  }
  return { assertions, revoked };
}

export function writeOpenBadges(result: EngineResult, out: string): BadgesOutcome {
  const { siteUrl, badgeIssuerEmail } = result.settings;
  const root = join(out, 'site');
  const built =
    siteUrl === null || badgeIssuerEmail === null
      ? null
      : buildOpenBadges({
          snapshot: result.snapshot,
          siteUrl,
          issuerEmail: badgeIssuerEmail,
          emails: new Map(
            result.workbook.reps.flatMap((r) => (r.email ? [[r.repId, r.email] as const] : [])),
          ),
          sha256Hex,
          previous: previousBadges(root, siteUrl),
        });
  const keep = new Set(built?.files.map((f) => f.path) ?? []);
  let removed = 0;
  // An award no longer public (or badges turned off) loses its assertion: verification then fails.
  for (const sub of ['assertions', 'classes', 'images']) {
    const dir = join(root, BADGES_DIR, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir))
      if (OURS.test(name) && !keep.has(`${BADGES_DIR}/${sub}/${name}`)) {
        rmSync(join(dir, name));
        removed++;
      }
  }
  if (built === null) {
    const issuer = join(root, BADGES_DIR, 'issuer.json');
    if (existsSync(issuer)) rmSync(issuer);
    const list = join(root, BADGES_DIR, REVOCATIONS_FILE);
    if (existsSync(list)) rmSync(list);
    return { assertions: 0, removed, revoked: 0, portable: new Map() };
  }
  for (const f of built.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  return {
    assertions:
      built.files.filter((f) => f.path.startsWith(`${BADGES_DIR}/assertions/`)).length -
      built.revoked.length,
    removed,
    revoked: built.revoked.length,
    portable: built.portable,
  };
}
