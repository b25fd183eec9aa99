// `build`'s Open Badges: hosted JSON-LD under <out>/site/badges/ when Settings has site_url and badge_issuer_email.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EngineResult } from '../../shared/engine';
import { BADGES_DIR, buildOpenBadges, type PortableLink } from '../../shared/openbadges';

export interface BadgesOutcome {
  /** Assertions written (one per public award of a public rep with an email). */
  readonly assertions: number;
  readonly removed: number;
  readonly portable: ReadonlyMap<string, readonly PortableLink[]>;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The names build-badges writes: a hash, then .json or .svg. Nothing else in badges/ is touched. */
const OURS = /^[0-9a-f]{20,32}\.(json|svg)$/;

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
    return { assertions: 0, removed, portable: new Map() };
  }
  for (const f of built.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  return {
    assertions: built.files.filter((f) => f.path.startsWith(`${BADGES_DIR}/assertions/`)).length,
    removed,
    portable: built.portable,
  };
}
