// The manager's private-page keys, kept in the workbook's document properties (never the publish store).
import {
  EMPTY_KEY_STORE,
  type KeyStore,
  readKeyStore,
  serializeKeyStore,
} from '../../../shared/private';
import { UserError } from '../errors';
import { splitChunks } from '../publish/chunks';

/**
 * Document properties, not script properties: script properties are "shared among all users of a
 * script, add-on, or web app", so in a Marketplace install every team's keys would share one store;
 * document properties are "shared among all users of an add-on in the open document"
 * (https://developers.google.com/apps-script/guides/properties): this workbook only, readable by
 * whoever can run Bellringer in it (its editors), never by the web app's visitors (doGet reads
 * only the publish store). They survive between runs. One value holds at most 9 kB, so the
 * store is cut into chunks under `private.keys.<i>`, with their count under `private.keys`.
 */
export const KEYS_KEY = 'private.keys';
const chunkKey = (i: number) => `${KEYS_KEY}.${i}`;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The stored keys; none stored reads as an empty store. A store Bellringer cannot read stops the run. */
export function loadKeys(): KeyStore {
  const all = props().getProperties();
  const count = all[KEYS_KEY];
  if (count === undefined) return EMPTY_KEY_STORE;
  let text = '';
  for (let i = 0; i < Number(count); i++) text += all[chunkKey(i)] ?? '';
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const store = readKeyStore(parsed);
  // Never overwritten: it may hold the only copy of links reps already have.
  if (store === null)
    throw new UserError(
      'The private page keys stored in this workbook cannot be read, so Bellringer left them as they are and published no private page.',
      'Choose Extensions → Bellringer → Rotate all private links to start again with new links (every old link stops working), then publish.',
    );
  return store;
}

/** The stored keys, or null when they cannot be read (rotating every link starts again from none). */
export function tryLoadKeys(): KeyStore | null {
  try {
    return loadKeys();
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

/** Writes the keys in one call (the count with its chunks), then drops chunks of a longer earlier store. */
export function saveKeys(store: KeyStore): void {
  const p = props();
  const before = Number(p.getProperty(KEYS_KEY) ?? 0);
  const chunks = splitChunks(serializeKeyStore(store));
  const values: Record<string, string> = { [KEYS_KEY]: String(chunks.length) };
  chunks.forEach((c, i) => {
    values[chunkKey(i)] = c;
  });
  p.setProperties(values);
  for (let i = chunks.length; i < before; i++) p.deleteProperty(chunkKey(i));
}
