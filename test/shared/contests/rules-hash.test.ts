// Specs for the rules hash: a known FNV-1a, stability, and which edits change it.
import { describe, expect, it } from 'vitest';
import { canonicalRules, fnv1a, rulesHash } from '../../../shared/contests';
import { contest, d } from './fixtures';

describe('fnv1a', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j to the published FNV-1a 32-bit value', (text, expected) => {
    expect(fnv1a(text)).toBe(expected);
  });
});

describe('rulesHash', () => {
  const base = contest({ kind: 'first_to', goal: 10, team: 'East' });

  it('is 8 hex characters, the hash of the canonical rules', () => {
    expect(rulesHash(base)).toMatch(/^[0-9a-f]{8}$/);
    expect(canonicalRules(base)).toBe('["first_to","demo","2026-11-02","2026-11-13",10,"East"]');
    expect(rulesHash(base)).toBe(fnv1a(canonicalRules(base)).toString(16).padStart(8, '0'));
  });

  it('is the same for an equal contest built separately', () => {
    expect(rulesHash(contest({ kind: 'first_to', goal: 10, team: 'East' }))).toBe(rulesHash(base));
  });

  it.each([
    ['name', { name: 'Renamed' }],
    ['prize', { prize: 'A trophy' }],
    ['description', { description: 'Go!' }],
    ['public', { public: false }],
    ['row', { row: 40 }],
  ])('ignores the %s, which is not a rule', (_, change) => {
    expect(rulesHash({ ...base, ...change })).toBe(rulesHash(base));
  });

  it.each([
    ['kind', { kind: 'most' as const }],
    ['metric', { metric: 'call' }],
    ['start', { start: d('2026-11-03') }],
    ['end', { end: d('2026-11-14') }],
    ['goal', { goal: 11 }],
    ['goal removed', { goal: null }],
    ['team', { team: 'West' }],
    ['team removed', { team: null }],
  ])('changes when the %s changes', (_, change) => {
    expect(rulesHash({ ...base, ...change })).not.toBe(rulesHash(base));
  });
});
