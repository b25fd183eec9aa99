// `build`'s private pages: keys kept in <out>/private/ (never published), sealed pages in <out>/site/private/.
import { webcrypto } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { EngineResult } from '../../shared/engine';
import {
  EMPTY_KEY_STORE,
  ID_PATTERN,
  type KeyStore,
  PRIVATE_DIR,
  type PortableBadge,
  privateInputOf,
  privateRepIds,
  readKeyStore,
  type SubtleLike,
  sealPrivatePages,
  serializeKeyStore,
  updateKeys,
} from '../../shared/private';
import { nearestName } from '../../shared/workbook';
import { CliError } from '../errors';
import { formatCsv } from '../io/csv';

export interface PrivateOptions {
  /** Rotate the keys of these reps (`all`: everyone's); their old links stop working now. */
  readonly rotate?: 'all' | readonly string[];
  /** Portable badges per rep, shown on the rep's page. */
  readonly badges?: ReadonlyMap<string, readonly PortableBadge[]>;
}

export interface PrivateOutcome {
  readonly pages: number;
  /** Sealed files of an earlier build removed: rotated keys, reps without a page now. */
  readonly removed: number;
  readonly created: readonly string[];
  readonly rotated: readonly string[];
  readonly keysPath: string;
  /** The manager's list of links (rep_id, name, link, since); null when no rep has a page. */
  readonly linksPath: string | null;
}

const subtle = webcrypto.subtle as unknown as SubtleLike;
const random = (n: number) => webcrypto.getRandomValues(new Uint8Array(n));

/** The manager's private folder: keys and links, beside tabs/ and outside site/. */
export function privateFolder(out: string): string {
  return join(out, 'private');
}

function readKeys(path: string): KeyStore {
  if (!existsSync(path)) return EMPTY_KEY_STORE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = null;
  }
  const store = readKeyStore(parsed);
  // Never overwrite a file Bellringer cannot read back as its own: it may be the only copy.
  if (store === null)
    throw new CliError(
      `${path} is not a Bellringer key store; move it away (the private links in it stop working) and build again.`,
    );
  return store;
}

/**
 * A rep id to rotate must be one with a page: a typo (`r09`, `R99`) would otherwise rotate
 * nothing and look done. Checked before any key changes, so nothing is half-rotated.
 */
function checkRotate(rotate: 'all' | readonly string[], repIds: readonly string[]): void {
  if (rotate === 'all') return;
  const known = new Set(repIds);
  const unknown = rotate.filter((id) => !known.has(id));
  if (unknown.length === 0) return;
  const valid = repIds.length
    ? `Reps with a private page: ${repIds.join(', ')}.`
    : 'No rep has a private page (Settings private_pages is none, or no rep is active).';
  const hints = unknown
    .map((id) => [id, nearestName(id, repIds)] as const)
    .filter(([, near]) => near !== null)
    .map(([id, near]) => ` Did you mean ${near} for ${id}?`)
    .join('');
  throw new CliError(
    `--rotate-keys: unknown rep id ${unknown.map((id) => `"${id}"`).join(', ')}; no key was rotated. ${valid}${hints}`,
    2,
  );
}

/** Written for the manager's eyes only: owner read/write (where the file system has modes). */
function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export async function writePrivatePages(
  result: EngineResult,
  out: string,
  options: PrivateOptions = {},
): Promise<PrivateOutcome> {
  const folder = privateFolder(out);
  const keysPath = join(folder, 'keys.json');
  const input = privateInputOf(result, options.badges);
  const repIds = privateRepIds(input);
  checkRotate(options.rotate ?? [], repIds);
  const previous = readKeys(keysPath);
  const update = updateKeys(
    previous,
    repIds,
    options.rotate ?? [],
    random,
    result.snapshot.generatedAt,
  );
  const sealed = await sealPrivatePages(
    input,
    update.store,
    result.settings.siteUrl,
    subtle,
    random,
  );
  const siteDir = join(out, 'site', PRIVATE_DIR);
  const keep = new Set(sealed.files.map((f) => f.path.slice(PRIVATE_DIR.length + 1)));
  let removed = 0;
  // Only files Bellringer sealed (`<32 hex>.bin`) are removed; anything else there is left alone.
  if (existsSync(siteDir))
    for (const name of readdirSync(siteDir)) {
      const id = name.endsWith('.bin') ? name.slice(0, -4) : '';
      if (ID_PATTERN.test(id) && !keep.has(name)) {
        rmSync(join(siteDir, name));
        removed++;
      }
    }
  if (sealed.files.length > 0) mkdirSync(siteDir, { recursive: true });
  for (const f of sealed.files) writeFileSync(join(out, 'site', f.path), f.bytes);
  let linksPath: string | null = null;
  const linksFile = join(folder, 'links.csv');
  // Links of pages no longer published would mislead: the file is Bellringer's own, so it goes.
  if (sealed.links.length === 0 && existsSync(linksFile)) rmSync(linksFile);
  if (repIds.length > 0 || existsSync(keysPath)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writePrivate(keysPath, serializeKeyStore(update.store));
  }
  if (sealed.links.length > 0) {
    linksPath = linksFile;
    writePrivate(
      linksPath,
      formatCsv([
        ['rep_id', 'name', 'link', 'since'],
        ...sealed.links.map((l) => [l.repId, l.name, l.link, l.since]),
      ]),
    );
  }
  return {
    pages: sealed.files.length,
    removed,
    created: update.created,
    rotated: update.rotated,
    keysPath,
    linksPath,
  };
}
