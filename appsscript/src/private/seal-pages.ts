// Publish's private part: keep a key per rep, seal each rep's page, and hand back the store entries and the links.
import type { EngineResult } from '../../../shared/engine';
import {
  base64url,
  bundlePath,
  type KeyStore,
  type PrivateLinkRow,
  privateInputOf,
  privateRepIds,
  sealPrivatePagesSync,
  updateKeys,
} from '../../../shared/private';
import { appsSha256, uuidRandom } from './crypto';
import { loadKeys, saveKeys } from './key-store';

/** One sealed file as the publish store keeps it: under `private/<id>.bin`, its bytes as JSON. */
export interface BinEntry {
  readonly key: string;
  readonly json: string;
}

export interface SealedPages {
  readonly entries: readonly BinEntry[];
  readonly links: readonly PrivateLinkRow[];
  /** Reps given a key for the first time by this publish. */
  readonly created: readonly string[];
}

/** The JSON doGet answers for one file: its bytes in base64url (a web app answers text only). */
export function binBody(bytes: Uint8Array): string {
  return JSON.stringify({ bin: base64url(bytes) });
}

function sameKeys(a: KeyStore, b: KeyStore): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Keys kept from earlier runs (document properties), made for reps who have none, dropped for
 * reps without a page; every page sealed with a fresh IV. The keys are saved before anything is
 * published: a publish that fails later leaves keys whose files the next publish writes.
 */
export function sealPages(result: EngineResult, dataUrl: string): SealedPages {
  const input = privateInputOf(result);
  const repIds = privateRepIds(input);
  const previous = loadKeys();
  if (repIds.length === 0 && Object.keys(previous.reps).length === 0)
    return { entries: [], links: [], created: [] };
  const update = updateKeys(previous, repIds, [], uuidRandom, result.snapshot.generatedAt);
  if (!sameKeys(previous, update.store)) saveKeys(update.store);
  const sealed = sealPrivatePagesSync(
    input,
    update.store,
    { siteUrl: result.settings.siteUrl, dataUrl },
    appsSha256,
    uuidRandom,
  );
  return {
    entries: sealed.files.map((f) => ({ key: bundlePath(f.id), json: binBody(f.bytes) })),
    links: sealed.links,
    created: update.created,
  };
}
