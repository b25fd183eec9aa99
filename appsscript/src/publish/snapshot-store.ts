// Stores the published snapshot in script properties: gzipped, base64, chunked, switched in by one pointer.
import { UserError } from '../errors';
import { splitChunks } from './chunks';

/**
 * Layout: `snapshot.<generation>.<i>` holds chunk i; `snapshot.current` is the pointer. Script
 * properties need no extra OAuth scope (a Drive file would need drive.file), but the whole store
 * holds only 500 kB, and a 200-rep team's snapshot takes about 390 kB of it, so two copies do not
 * always fit. A publish therefore takes one of two paths, and doGet never reads a half-written
 * snapshot on either:
 * - both copies fit: write the new generation, move the pointer, delete the old one (no gap);
 * - they do not: set the pointer to "publishing", delete the old generation, write the new one,
 *   move the pointer. For those few seconds doGet answers `{ "error": "publishing" }`, which the
 *   site treats like any failed refresh: it keeps showing the last snapshot it loaded.
 */
export const POINTER_KEY = 'snapshot.current';
const PREFIX = 'snapshot.';
const chunkKey = (generation: number, i: number) => `${PREFIX}${generation}.${i}`;

/** Where the current snapshot's chunks are, when it was published and how long its JSON is. */
export interface StoredPointer {
  readonly generation: number;
  readonly chunks: number;
  readonly publishedAt: string;
  readonly bytes: number;
}
type Pointer =
  | StoredPointer
  | { readonly publishing: true; readonly generation: number; readonly publishedAt: string };

/** A stored snapshot: its pointer and the gzipped, base64 text its chunks hold. */
export interface Packed {
  readonly pointer: StoredPointer;
  readonly packed: string;
}

/** Apps Script's quota for one property store (keys plus values). */
export const STORE_LIMIT = 500 * 1024;
/** Kept free for the pointer and for settings written after a publish. */
const RESERVE = 8 * 1024;

/** What doGet serves while a publish that replaces the old copy in place is under way. */
export const PUBLISHING_BODY = JSON.stringify({
  error: 'publishing',
  message:
    'A new leaderboard is being published right now. Try again in a minute; if this lasts, publish again from the workbook.',
});

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

function parsePointer(raw: string | undefined | null): Pointer | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Pointer;
  } catch {
    return null;
  }
}

export function storeSnapshot(json: string, publishedAt: string): Packed {
  const p = props();
  const all = p.getProperties();
  const old = parsePointer(all[POINTER_KEY]);
  const current = old && !('publishing' in old) ? old : null;
  const live = new Set<string>();
  if (current) for (let i = 0; i < current.chunks; i++) live.add(chunkKey(current.generation, i));
  // Chunks of an interrupted publish are never read: drop them before measuring free space.
  let others = 0;
  let oldSize = 0;
  for (const [k, v] of Object.entries(all)) {
    if (live.has(k)) oldSize += k.length + v.length;
    else if (k === POINTER_KEY) continue;
    else if (k.startsWith(PREFIX)) p.deleteProperty(k);
    else others += k.length + v.length;
  }

  const gz = Utilities.gzip(Utilities.newBlob(json, 'application/json'));
  const generation = (old?.generation ?? 0) + 1;
  const values: Record<string, string> = {};
  let newSize = 0;
  const packed = Utilities.base64Encode(gz.getBytes());
  splitChunks(packed).forEach((c, i) => {
    values[chunkKey(generation, i)] = c;
    newSize += chunkKey(generation, i).length + c.length;
  });
  const room = STORE_LIMIT - RESERVE - others;
  if (newSize > room) {
    throw new UserError(
      `The leaderboard snapshot is too large to publish through the web app (${kb(newSize)} kB compressed; the add-on's store has room for ${kb(room)} kB).`,
      'Build the site with the command-line tool (bellringer build) and host its snapshot.json beside the site instead, then open the site with ?data=snapshot.json.',
    );
  }

  const pointer: StoredPointer = {
    generation,
    chunks: Object.keys(values).length,
    publishedAt,
    bytes: json.length,
  };
  if (oldSize + newSize <= room) {
    p.setProperties(values);
    p.setProperty(POINTER_KEY, JSON.stringify(pointer));
    for (const k of live) p.deleteProperty(k);
    return { pointer, packed };
  }
  p.setProperty(POINTER_KEY, JSON.stringify({ publishing: true, generation, publishedAt }));
  for (const k of live) p.deleteProperty(k);
  try {
    p.setProperties(values);
  } catch (error) {
    // The old copy is gone and the new one did not land: say so plainly rather than "publishing".
    for (const k of Object.keys(values)) p.deleteProperty(k);
    p.deleteProperty(POINTER_KEY);
    throw error;
  }
  p.setProperty(POINTER_KEY, JSON.stringify(pointer));
  return { pointer, packed };
}

/**
 * The stored snapshot as its store holds it: `publishing` while a new copy replaces the old one in
 * place, null before the first publish (or when a chunk is missing). One property read: the
 * quota counts calls, and one getProperties holds the pointer and every chunk.
 */
export function loadPacked(): Packed | 'publishing' | null {
  const all = props().getProperties();
  const pointer = parsePointer(all[POINTER_KEY]);
  if (!pointer) return null;
  if ('publishing' in pointer) return 'publishing';
  let packed = '';
  for (let i = 0; i < pointer.chunks; i++) {
    const c = all[chunkKey(pointer.generation, i)];
    if (c === undefined) return null;
    packed += c;
  }
  return { pointer, packed };
}

/** The snapshot's JSON text from its packed form. */
export function unpack(packed: string): string {
  const blob = Utilities.newBlob(Utilities.base64Decode(packed), 'application/x-gzip');
  return Utilities.ungzip(blob).getDataAsString();
}

/**
 * The body doGet serves: the latest published snapshot's JSON text, or PUBLISHING_BODY (with
 * `publishing: true`) while a new copy replaces it; null before the first publish.
 */
export function loadSnapshot(): { json: string; publishedAt: string; publishing?: true } | null {
  const stored = loadPacked();
  if (stored === null) return null;
  if (stored === 'publishing') {
    const pointer = parsePointer(props().getProperty(POINTER_KEY));
    return { json: PUBLISHING_BODY, publishedAt: pointer?.publishedAt ?? '', publishing: true };
  }
  return { json: unpack(stored.packed), publishedAt: stored.pointer.publishedAt };
}

/**
 * Drops the stored first load and its pointer (issue 15: a first load too large for the store is
 * served from the hidden publish sheet instead; appsscript/src/publish/publication.ts).
 */
export function forgetStoredSnapshot(): void {
  const p = props();
  for (const k of Object.keys(p.getProperties())) if (k.startsWith(PREFIX)) p.deleteProperty(k);
}

function kb(chars: number): number {
  return Math.ceil(chars / 1024);
}
