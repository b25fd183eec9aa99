// The org league merges team snapshots: ranked per rep and per target, private reps stay out, failed teams are never zeros.
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/snapshot';
import { validateOrgConfig } from '../../../web/src/org/config';
import { type TeamLoad, buildLeague } from '../../../web/src/org/league';
import { makeSnapshot } from '../fixtures/make-snapshot';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const DAY = 86_400_000;

/** A team whose published reps have these month attainments (null: no target). */
function team(
  name: string,
  pcts: (number | null)[],
  generatedAt = '2026-11-20T11:00:00Z',
): TeamLoad {
  const s: Snapshot = makeSnapshot(pcts.length, { generatedAt, seed: name.length });
  s.reps = s.reps.map((r, i) => ({ ...r, attainment: { ...r.attainment, month: pcts[i]! } }));
  return { name, ok: true, snapshot: s };
}

const league = (loads: TeamLoad[]) => buildLeague(loads, { nowMs: NOW, staleAfterMs: DAY });

describe('buildLeague', () => {
  it.each([
    ['higher average % of target first', [team('A', [50, 70]), team('B', [90, 100])], ['B', 'A']],
    [
      'reps without a target do not pull the average down',
      [team('A', [80, null]), team('B', [70, 70])],
      ['A', 'B'],
    ],
    ['a tie is listed by name', [team('B', [60]), team('A', [60])], ['A', 'B']],
  ])('%s', (_what, loads, order) => {
    expect(league(loads).rows.map((r) => r.team)).toEqual(order);
  });

  it('ranks as the site does: equal teams and equal reps share a rank (1, 2, 2, 4)', () => {
    const out = league([team('C', [50]), team('B', [70]), team('A', [70]), team('D', [90])]);
    expect(out.rows.map((r) => [r.team, r.rank])).toEqual([
      ['D', 1],
      ['A', 2],
      ['B', 2],
      ['C', 4],
    ]);
    expect(out.topReps.map((t) => t.rank)).toEqual([1, 2, 2, 4]);
  });

  it('an unreachable team is listed unranked with no figure, never as zero, and says why', () => {
    const rows = league([team('A', [10]), { name: 'Gone', ok: false, reason: 'HTTP 500' }]).rows;
    expect(rows[1]).toMatchObject({
      team: 'Gone',
      rank: null,
      status: 'unreachable',
      reps: null,
      attainmentPct: null,
      revenuePerRep: null,
    });
    expect(rows[1]!.note).toContain('HTTP 500');
    expect(rows[0]).toMatchObject({ team: 'A', rank: 1, status: 'fresh', note: null });
  });

  it('a team whose data is old, or shown from its last good copy, is stale but keeps its figures', () => {
    const old = team('Old', [80], new Date(NOW - 3 * DAY).toISOString());
    const cached = {
      ...(team('Cached', [70]) as Extract<TeamLoad, { ok: true }>),
      failed: 'offline',
    };
    const rows = league([old, cached, team('Fresh', [60])]).rows;
    expect(rows.map((r) => [r.team, r.status, r.rank])).toEqual([
      ['Old', 'stale', 1],
      ['Cached', 'stale', 2],
      ['Fresh', 'fresh', 3],
    ]);
    expect(rows[1]!.note).toContain('offline');
  });

  it('top reps come from every team’s published reps only, best first', () => {
    const a = team('A', [50, 120]);
    const b = team('B', [130, 10]);
    const top = league([a, b]).topReps;
    expect(top.map((t) => [t.team, t.attainmentPct])).toEqual([
      ['B', 130],
      ['A', 120],
      ['A', 50],
      ['B', 10],
    ]);
    const published = new Set(
      [a, b].flatMap((t) => (t.ok ? t.snapshot.reps.map((r) => r.name) : [])),
    );
    expect(top.every((t) => published.has(t.name))).toBe(true);
  });

  it('revenue per rep only for a team that publishes amounts', () => {
    const shown = team('A', [50]);
    const hidden = team('B', [50]);
    if (hidden.ok) hidden.snapshot.team = { ...hidden.snapshot.team, publishAmounts: false };
    const rows = league([shown, hidden]).rows;
    expect(rows.find((r) => r.team === 'B')!.revenuePerRep).toBeNull();
    expect(rows.find((r) => r.team === 'A')!.revenuePerRep).not.toBeNull();
  });
});

describe('validateOrgConfig', () => {
  it.each([
    [{ schema: 'bellringer.org', name: 'Org', teams: [{ name: 'A', url: 'a.json' }] }, true],
    [{ schema: 'bellringer.org', name: 'Org', teams: [] }, false],
    [{ schema: 'bellringer.org', name: 'Org', teams: [{ name: 'A' }] }, false],
    [{ schema: 'other', name: 'Org', teams: [{ name: 'A', url: 'a.json' }] }, false],
  ])('%o valid: %s', (config, ok) => {
    expect(validateOrgConfig(config).ok).toBe(ok);
  });
});
