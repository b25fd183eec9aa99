// The key store: keys kept across publishes, made for new reps, replaced (with a new id) on rotation.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_KEY_STORE,
  ID_PATTERN,
  KEY_PATTERN,
  readKeyStore,
  serializeKeyStore,
  updateKeys,
} from '../../../shared/private';

// A counter, not randomness: each call gives different bytes, so every new key is told apart.
function counter(start = 0) {
  let n = start;
  return (len: number) => new Uint8Array(len).map(() => ++n & 255);
}

describe('updateKeys', () => {
  const first = updateKeys(EMPTY_KEY_STORE, ['r2', 'r1'], [], counter(), '2026-11-26T15:00:00Z');

  it('makes a well-formed id and key for each rep, listed by rep id', () => {
    expect(Object.keys(first.store.reps)).toEqual(['r1', 'r2']);
    for (const k of Object.values(first.store.reps)) {
      expect(k.id).toMatch(ID_PATTERN);
      expect(k.key).toMatch(KEY_PATTERN);
    }
    expect(first.created).toEqual(['r1', 'r2']);
    expect(first.rotated).toEqual([]);
  });

  it('keeps existing keys on the next publish', () => {
    const next = updateKeys(first.store, ['r1', 'r2'], [], counter(), 'later');
    expect(next.store).toEqual(first.store);
    expect(next.created).toEqual([]);
  });

  it('rotates one rep: a new id and key for that rep only', () => {
    const next = updateKeys(first.store, ['r1', 'r2'], ['r1'], counter(100), 'later');
    expect(next.rotated).toEqual(['r1']);
    expect(next.store.reps.r1?.id).not.toBe(first.store.reps.r1?.id);
    expect(next.store.reps.r1?.key).not.toBe(first.store.reps.r1?.key);
    expect(next.store.reps.r2).toEqual(first.store.reps.r2);
  });

  it('rotates every rep with all', () => {
    const next = updateKeys(first.store, ['r1', 'r2'], 'all', counter(100), 'later');
    expect(next.rotated).toEqual(['r1', 'r2']);
    expect(next.store.reps.r2?.key).not.toBe(first.store.reps.r2?.key);
  });

  it('drops the key of a rep who no longer has a page', () => {
    const next = updateKeys(first.store, ['r2'], [], counter(), 'later');
    expect(Object.keys(next.store.reps)).toEqual(['r2']);
  });

  it('treats a rep id like __proto__ as a plain key', () => {
    const next = updateKeys(EMPTY_KEY_STORE, ['__proto__'], [], counter(), 'now');
    expect(Object.hasOwn(next.store.reps, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(next.store.reps)).toBe(Object.prototype);
  });
});

describe('readKeyStore', () => {
  it('reads back what serializeKeyStore wrote', () => {
    const { store } = updateKeys(EMPTY_KEY_STORE, ['r1'], [], counter(), 'now');
    expect(readKeyStore(JSON.parse(serializeKeyStore(store)))).toEqual(store);
  });

  it.each([
    [null],
    [{}],
    [
      {
        schema: 'bellringer.private-keys',
        version: 1,
        reps: { r1: { id: 'x', key: 'y', since: '' } },
      },
    ],
  ])('refuses %j', (input) => {
    expect(readKeyStore(input)).toBeNull();
  });
});
