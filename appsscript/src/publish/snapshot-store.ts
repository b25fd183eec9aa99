// Stores the published snapshot in script properties: gzipped, base64, chunked, switched in by one pointer.
import { UserError } from '../errors';
import { splitChunks } from './chunks';

/**
 * Layout: `snapshot.<generation>.<i>` holds chunk i; `snapshot.current` holds
 * `{ generation, chunks, publishedAt, bytes }`. A publish writes the new generation's chunks first,
 * then the pointer, then deletes the old generation, so doGet never reads a half-written snapshot.
 * Script properties need no extra OAuth scope (a Drive file would need drive.file); the store holds
 * 500 kB, and gzip keeps even a large team's snapshot well under it.
 */
export const POINTER_KEY = 'snapshot.current';
const chunkKey = (generation: number, i: number) => `snapshot.${generation}.${i}`;

interface Pointer {
  readonly generation: number;
  readonly chunks: number;
  readonly publishedAt: string;
  readonly bytes: number;
}

/** The property store's total quota, minus room for the pointer and other settings. */
const STORE_BUDGET = 450 * 1024;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

function readPointer(p: GoogleAppsScript.Properties.Properties): Pointer | null {
  const raw = p.getProperty(POINTER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Pointer;
  } catch {
    return null;
  }
}

export function storeSnapshot(json: string, publishedAt: string): Pointer {
  const p = props();
  const old = readPointer(p);
  const gz = Utilities.gzip(Utilities.newBlob(json, 'application/json'));
  const packed = Utilities.base64Encode(gz.getBytes());
  if (packed.length > STORE_BUDGET) {
    throw new UserError(
      `The leaderboard snapshot is too large to publish through the web app (${Math.round(packed.length / 1024)} kB compressed; the limit is ${STORE_BUDGET / 1024} kB).`,
      'Download snapshot.json from the Publish dialog and host it beside the site instead, or lower tv_top_n.',
    );
  }
  const generation = (old?.generation ?? 0) + 1;
  const chunks = splitChunks(packed);
  const values: Record<string, string> = {};
  chunks.forEach((c, i) => {
    values[chunkKey(generation, i)] = c;
  });
  p.setProperties(values);
  const pointer: Pointer = { generation, chunks: chunks.length, publishedAt, bytes: json.length };
  p.setProperty(POINTER_KEY, JSON.stringify(pointer));
  if (old) for (let i = 0; i < old.chunks; i++) p.deleteProperty(chunkKey(old.generation, i));
  return pointer;
}

/** The latest published snapshot's JSON text, or null before the first publish. */
export function loadSnapshot(): { json: string; publishedAt: string } | null {
  const p = props();
  const pointer = readPointer(p);
  if (!pointer) return null;
  const all = p.getProperties();
  let packed = '';
  for (let i = 0; i < pointer.chunks; i++) {
    const c = all[chunkKey(pointer.generation, i)];
    if (c === undefined) return null;
    packed += c;
  }
  const blob = Utilities.newBlob(Utilities.base64Decode(packed), 'application/x-gzip');
  return { json: Utilities.ungzip(blob).getDataAsString(), publishedAt: pointer.publishedAt };
}
