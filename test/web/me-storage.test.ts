// "Me" lives on the device only: who I am, and my numbers per data day for "since yesterday".
import { describe, expect, it } from 'vitest';
import { memoOf, readMe, rememberDay, writeMe } from '../../web/src/me-storage';
import { sampleSnapshot } from './helpers';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const store = () => new MemoryStorage() as unknown as Storage;

describe('me on this device', () => {
  it('remembers the pick and forgets it (with the day memos) on "not me"', () => {
    const s = store();
    expect(readMe(s)).toBeNull();
    writeMe(s, 'r2');
    expect(readMe(s)).toBe('r2');
    rememberDay(s, memoOf(sampleSnapshot(), 'r2'));
    writeMe(s, null);
    expect(readMe(s)).toBeNull();
    expect((s as unknown as MemoryStorage).map.size).toBe(0);
  });

  it('works without storage (privacy mode): nothing is remembered, nothing throws', () => {
    expect(readMe(null)).toBeNull();
    expect(() => writeMe(null, 'r2')).not.toThrow();
    expect(rememberDay(null, memoOf(sampleSnapshot(), 'r2'))).toBeNull();
  });

  it('memoOf takes ranks per board and attainment from the snapshot', () => {
    const m = memoOf(sampleSnapshot(), 'r2');
    expect(m.day).toBe('2026-11-20');
    expect(m.ranks['month|revenue']).toBe(5);
    expect(m.attainment.month).toBe(77);
  });

  it('rememberDay returns the latest earlier data day, never the same day, and keeps a week', () => {
    const s = store();
    const memo = (day: string) => ({ day, ranks: {}, attainment: {}, badges: 0 });
    expect(rememberDay(s, memo('2026-11-18'))).toBeNull();
    expect(rememberDay(s, memo('2026-11-18'))).toBeNull();
    expect(rememberDay(s, memo('2026-11-19'))?.day).toBe('2026-11-18');
    expect(rememberDay(s, memo('2026-11-20'))?.day).toBe('2026-11-19');
    for (let d = 21; d <= 30; d++) rememberDay(s, memo(`2026-11-${d}`));
    const kept = JSON.parse((s as unknown as MemoryStorage).map.get('bellringer:me-days')!);
    expect(kept).toHaveLength(7);
  });
});
