// The manager's private key store: one file id and AES key per rep, created, kept and rotated here.
import * as v from 'valibot';
import { compareText } from '../order';
import { base64url, hexOf, ID_PATTERN, KEY_PATTERN } from './link';

/** Random bytes from a cryptographic source (WebCrypto's getRandomValues; passed in). */
export type RandomBytes = (n: number) => Uint8Array;

export const RepKeySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_PATTERN)),
  key: v.pipe(v.string(), v.regex(KEY_PATTERN)),
  /** When this key was made (ISO instant): the link's age, for the manager. */
  since: v.string(),
});

export const KeyStoreSchema = v.strictObject({
  schema: v.literal('bellringer.private-keys'),
  version: v.literal(1),
  reps: v.record(v.string(), RepKeySchema),
});

export type RepKey = v.InferOutput<typeof RepKeySchema>;
export type KeyStore = v.InferOutput<typeof KeyStoreSchema>;

export const EMPTY_KEY_STORE: KeyStore = {
  schema: 'bellringer.private-keys',
  version: 1,
  reps: {},
};

/** A stored key store, or null when it is not one (the caller says so and refuses to go on). */
export function readKeyStore(input: unknown): KeyStore | null {
  const r = v.safeParse(KeyStoreSchema, input);
  return r.success ? r.output : null;
}

export function newRepKey(random: RandomBytes, since: string): RepKey {
  return { id: hexOf(random(16)), key: base64url(random(32)), since };
}

export interface KeyUpdate {
  readonly store: KeyStore;
  /** Reps given a key for the first time, and reps whose key was replaced. */
  readonly created: readonly string[];
  readonly rotated: readonly string[];
}

/**
 * Keys for exactly `repIds`: kept when present, made when missing, replaced when rotated
 * (`'all'` or a list of rep ids). A rotated rep gets a new id too, so the old link's file is no
 * longer published and the old link stops working at the next publish. Reps without a page lose
 * their key. Keys are listed by rep id, so the stored text only changes when a key does.
 */
export function updateKeys(
  previous: KeyStore,
  repIds: readonly string[],
  rotate: 'all' | readonly string[],
  random: RandomBytes,
  now: string,
): KeyUpdate {
  const entries: [string, RepKey][] = [];
  const created: string[] = [];
  const rotated: string[] = [];
  // Own keys only: a rep id such as `constructor` is never read from the object's prototype.
  const stored = new Map(Object.entries(previous.reps));
  for (const repId of [...repIds].sort(compareText)) {
    const old = stored.get(repId);
    const replace = rotate === 'all' || rotate.includes(repId);
    if (old && !replace) entries.push([repId, old]);
    else {
      entries.push([repId, newRepKey(random, now)]);
      (old ? rotated : created).push(repId);
    }
  }
  // fromEntries defines own properties, so a rep id such as `__proto__` stays a plain key.
  return { store: { ...EMPTY_KEY_STORE, reps: Object.fromEntries(entries) }, created, rotated };
}

export function serializeKeyStore(store: KeyStore): string {
  return `${JSON.stringify(store, null, 2)}\n`;
}
