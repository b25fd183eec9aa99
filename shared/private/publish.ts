// Seals every rep's private page with that rep's key: the files to publish and the links to hand out.
import { compareText } from '../order';
import { privateBundle, type PrivateInput, privateRepIds } from './facts';
import type { KeyStore, RandomBytes, RepKey } from './keys';
import { bundlePath, fromBase64url, privateLink } from './link';
import type { PrivateBundle } from './schema';
import { type SubtleLike, sealBundle } from './seal';
import { type Sha256, sealBundleSync } from './seal-sync';

export interface PrivateFile {
  /** Relative to the published folder: `private/<id>.bin`. */
  readonly path: string;
  /** The file id (the link's `b=`): what the add-on's web app is asked for. */
  readonly id: string;
  readonly bytes: Uint8Array;
}

export interface PrivateLinkRow {
  readonly repId: string;
  readonly name: string;
  readonly link: string;
  readonly since: string;
}

export interface PrivatePublish {
  readonly files: readonly PrivateFile[];
  /** For the manager only (a private tab or file), never the published folder. */
  readonly links: readonly PrivateLinkRow[];
}

/** Where the links point: the site's address, and the add-on's web app when it serves the files. */
export interface LinkBase {
  readonly siteUrl: string | null;
  /** The web app's `/exec` address (the add-on), or null when the files sit beside the site (CLI). */
  readonly dataUrl?: string | null;
}

interface ToSeal {
  readonly repId: string;
  readonly k: RepKey;
  readonly raw: Uint8Array;
  readonly bundle: PrivateBundle;
}

/** The reps with a page and a usable key, each with the page to seal. */
function pagesToSeal(input: PrivateInput, keys: KeyStore): ToSeal[] {
  const stored = new Map(Object.entries(keys.reps));
  const out: ToSeal[] = [];
  for (const repId of privateRepIds(input)) {
    const k = stored.get(repId);
    const raw = k ? fromBase64url(k.key) : null;
    if (k && raw !== null) out.push({ repId, k, raw, bundle: privateBundle(input, repId) });
  }
  return out;
}

function linksOf(pages: readonly ToSeal[], base: LinkBase): PrivateLinkRow[] {
  return pages.map((p) => ({
    repId: p.repId,
    name: p.bundle.name,
    link: privateLink(base.siteUrl, p.k.id, p.k.key, base.dataUrl ?? null),
    since: p.k.since,
  }));
}

/** Files listed by id (random), so their order tells nothing either. */
function result(
  sealed: readonly { p: ToSeal; bytes: Uint8Array }[],
  base: LinkBase,
): PrivatePublish {
  const files = sealed.map(({ p, bytes }) => ({ path: bundlePath(p.k.id), id: p.k.id, bytes }));
  files.sort((a, b) => compareText(a.path, b.path));
  return {
    files,
    links: linksOf(
      sealed.map((s) => s.p),
      base,
    ),
  };
}

/** The links alone, sealing nothing (the manager's list after a rotation). */
export function privateLinks(
  input: PrivateInput,
  keys: KeyStore,
  base: LinkBase,
): PrivateLinkRow[] {
  return linksOf(pagesToSeal(input, keys), base);
}

/**
 * One sealed file per rep with a page and a key in `keys`. A fresh IV per file per publish:
 * never reuse one with a key.
 */
export async function sealPrivatePages(
  input: PrivateInput,
  keys: KeyStore,
  siteUrl: string | null,
  subtle: SubtleLike,
  random: RandomBytes,
): Promise<PrivatePublish> {
  const sealed: { p: ToSeal; bytes: Uint8Array }[] = [];
  for (const p of pagesToSeal(input, keys))
    sealed.push({
      p,
      bytes: await sealBundle(subtle, JSON.stringify(p.bundle), p.k.id, p.raw, random(12)),
    });
  return result(sealed, { siteUrl });
}

/** sealPrivatePages without promises (Apps Script), on the pure AES-256-GCM of gcm.ts. */
export function sealPrivatePagesSync(
  input: PrivateInput,
  keys: KeyStore,
  base: LinkBase,
  sha256: Sha256,
  random: RandomBytes,
): PrivatePublish {
  const sealed = pagesToSeal(input, keys).map((p) => ({
    p,
    bytes: sealBundleSync(sha256, JSON.stringify(p.bundle), p.k.id, p.raw, random(12)),
  }));
  return result(sealed, base);
}
