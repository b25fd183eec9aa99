// Seals every rep's private page with that rep's key: the files to publish and the links to hand out.
import { compareText } from '../order';
import { privateBundle, type PrivateInput, privateRepIds } from './facts';
import type { KeyStore, RandomBytes } from './keys';
import { bundlePath, fromBase64url, privateLink } from './link';
import { type SubtleLike, sealBundle } from './seal';

export interface PrivateFile {
  /** Relative to the published folder: `private/<id>.bin`. */
  readonly path: string;
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

/**
 * One sealed file per rep with a page and a key in `keys`; files are listed by id (random), so
 * their order tells nothing either. A fresh IV per file per publish: never reuse one with a key.
 */
export async function sealPrivatePages(
  input: PrivateInput,
  keys: KeyStore,
  siteUrl: string | null,
  subtle: SubtleLike,
  random: RandomBytes,
): Promise<PrivatePublish> {
  const files: PrivateFile[] = [];
  const links: PrivateLinkRow[] = [];
  const stored = new Map(Object.entries(keys.reps));
  for (const repId of privateRepIds(input)) {
    const k = stored.get(repId);
    const raw = k ? fromBase64url(k.key) : null;
    if (!k || raw === null) continue;
    const bundle = privateBundle(input, repId);
    const bytes = await sealBundle(subtle, JSON.stringify(bundle), k.id, raw, random(12));
    files.push({ path: bundlePath(k.id), bytes });
    links.push({
      repId,
      name: bundle.name,
      link: privateLink(siteUrl, k.id, k.key),
      since: k.since,
    });
  }
  files.sort((a, b) => compareText(a.path, b.path));
  return { files, links };
}
