// The test fixtures are valid snapshots, so the site's tests exercise real data shapes.
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../shared/snapshot';
import { makeSnapshot } from './fixtures/make-snapshot';
import { sampleSnapshot } from './helpers';

describe('fixtures', () => {
  it('the hand-made sample validates and plants HTML in names and messages', () => {
    const s = sampleSnapshot();
    expect(s.reps.some((r) => r.name.includes('<script>'))).toBe(true);
    expect(s.reps.some((r) => r.name.includes('onerror'))).toBe(true);
    expect(s.recognition.some((r) => r.message?.includes('<script>'))).toBe(true);
  });

  it.each([1, 10, 1000])('a synthetic %i-rep snapshot validates', (n) => {
    const s = makeSnapshot(n);
    expect(validateSnapshot(s)).toMatchObject({ ok: true });
    expect(s.reps).toHaveLength(n);
    expect(s.leaderboards).toHaveLength(16);
  });

  it('synthetic snapshots are deterministic for a seed', () => {
    expect(JSON.stringify(makeSnapshot(50, { seed: 7 }))).toBe(
      JSON.stringify(makeSnapshot(50, { seed: 7 })),
    );
  });
});
