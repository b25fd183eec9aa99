// The sidebar's figures, ranks and badge names are the engine model's, and the hi-five dialog offers the effective catalogue.
import { describe, expect, it } from 'vitest';
import type { DashboardData } from '../../appsscript/src/dashboard/types';
import type { HiFiveOptions } from '../../appsscript/src/hi-five-types';
import { defaultBadgeCatalogue } from '../../shared/badges';
import { runEngine } from '../../shared/engine';
import type { WorkbookGrids } from '../../shared/workbook';
import { addon, demoGrids, fill, NOW, TIME_ZONE } from './helpers';

/** The add-on's answer to `fn` and the engine run directly on the same grids, clock and zone. */
function both<T>(grids: WorkbookGrids, fn: string) {
  const a = addon();
  fill(a.google.spreadsheet, grids);
  const answer = a.call(fn) as T;
  const engine = runEngine(grids, { now: NOW, defaultTimeZone: TIME_ZONE });
  return { answer, engine, a };
}

const REPS_HEADER = ['rep_id', 'name', 'email', 'team', 'manager', 'role', 'start_date', 'active'];
const DEALS_HEADER = ['deal_id', 'rep_id', 'account', 'product', 'amount', 'stage', 'status'];

/** Three reps; Ana and Ben won the same amount this month, Cy less: the engine ranks them 1, 1, 3. */
function tiedTeam(): WorkbookGrids {
  const rep = (id: string, name: string) => [id, name, '', 'North', '', '', '2024-01-01', true];
  const won = (id: string, repId: string, amount: number) => [
    ...[id, repId, 'Acme', 'Suite', amount, 'Closed Won', 'won'],
    ...['2026-11-02', '2026-11-10'],
  ];
  return {
    Reps: [REPS_HEADER, rep('R1', 'Cy Low'), rep('R2', 'Ben Tie'), rep('R3', 'Ana Tie')],
    Deals: [
      [...DEALS_HEADER, 'created_date', 'close_date'],
      won('D1', 'R1', 1000),
      won('D2', 'R2', 5000),
      won('D3', 'R3', 5000),
    ],
  };
}

describe('Dashboard data from the engine model', () => {
  it("lists this month's revenue board as the engine ranked it: same reps, ranks and values", () => {
    const { answer: d, engine } = both<DashboardData>(demoGrids(), 'getDashboardData');
    const board = engine.model.leaderboards.find(
      (b) => b.periodKind === 'month' && b.lens === 'revenue',
    )!;
    expect(d.top.length).toBe(Math.min(5, board.entries.length));
    expect(d.top.map((t) => [t.repId, t.rank, t.revenue])).toEqual(
      board.entries.slice(0, 5).map((e) => [e.repId, e.rank, e.value]),
    );
    // Competition ranks: a tie shares the rank, the next rank skips.
    d.top.forEach((t, i) => {
      const prev = d.top[i - 1];
      expect(t.rank).toBe(prev && prev.revenue === t.revenue ? prev.rank : i + 1);
    });
  });

  it("gives each top rep's attainment and the team totals from the engine's scorecard", () => {
    const { answer: d, engine } = both<DashboardData>(demoGrids(), 'getDashboardData');
    const month = engine.model.scorecard.filter((e) => e.kind === 'month');
    for (const t of d.top) {
      const entry = month.find((e) => e.rep.repId === t.repId)!;
      expect(t.attainmentPct).toBe(entry.metrics.attainmentPct);
    }
    const [week, monthTotals] = d.totals;
    expect(week!.period).toBe('2026-W48');
    expect(monthTotals!.period).toBe('2026-11');
    const sum = (f: (m: (typeof month)[number]['metrics']) => number) =>
      month.reduce((s, e) => s + f(e.metrics), 0);
    expect(monthTotals!.revenue).toBeCloseTo(
      sum((m) => m.revenue),
      6,
    );
    expect(monthTotals!.wonDeals).toBe(sum((m) => m.wonDeals));
    expect(monthTotals!.newPipeline).toBeCloseTo(
      sum((m) => m.newPipeline),
      6,
    );
    const everyTarget = month.every((e) => e.metrics.revenueTarget !== null);
    expect(monthTotals!.attainmentPct === null).toBe(!everyTarget);
    if (everyTarget) {
      const target = sum((m) => m.revenueTarget ?? 0);
      expect(monthTotals!.attainmentPct).toBeCloseTo((sum((m) => m.revenue) / target) * 100, 6);
    }
  });

  it('gives tied reps one rank (1, 1, 3), listed by name, as the site does', () => {
    const { answer: d, engine } = both<DashboardData>(tiedTeam(), 'getDashboardData');
    expect(d.top.map((t) => [t.rank, t.name, t.revenue])).toEqual([
      [1, 'Ana Tie', 5000],
      [1, 'Ben Tie', 5000],
      [3, 'Cy Low', 1000],
    ]);
    const board = engine.model.leaderboards.find(
      (b) => b.periodKind === 'month' && b.lens === 'revenue',
    )!;
    expect(d.top.map((t) => t.rank)).toEqual(board.entries.map((e) => e.rank));
  });

  it("names each live contest's leaders from the engine's standings (all who share rank 1)", () => {
    const { answer: d, engine } = both<DashboardData>(demoGrids(), 'getDashboardData');
    const live = engine.model.contests.filter((c) => c.status === 'live');
    expect(live.length).toBeGreaterThan(0);
    const names = new Map(engine.workbook.reps.map((r) => [r.repId, r.name]));
    expect(d.contests.map((c) => [c.contestId, c.leaders])).toEqual(
      live.map((c) => [
        c.contest.contestId,
        c.standings
          .filter((s) => s.rank === 1)
          .map((s) => (s.repId === null ? s.team : names.get(s.repId))),
      ]),
    );
  });
});

describe('Without a Badges tab (the built-in catalogue)', () => {
  // The demo workbook has no Badges tab; the line makes that this block's premise, whatever the demo does.
  const { Badges: _, ...noBadgesTab } = demoGrids();

  it('the sidebar shows badge names, not ids', () => {
    const { answer: d, engine } = both<DashboardData>(noBadgesTab, 'getDashboardData');
    expect(engine.workbook.tabs.has('Badges')).toBe(false);
    expect(d.badges.length).toBeGreaterThan(0);
    const catalogue = new Map(defaultBadgeCatalogue().map((b) => [b.badgeId, b]));
    for (const b of d.badges) {
      const def = catalogue.get(b.badgeId)!;
      expect(def, b.badgeId).toBeDefined();
      expect(b.badgeName).toBe(`${def.icon ?? ''} ${def.name}`.trim());
      expect(b.badgeName).not.toBe(b.badgeId);
    }
  });

  it('the hi-five dialog offers the manual badges of the built-in catalogue for an award', () => {
    const { answer: o } = both<HiFiveOptions>(noBadgesTab, 'getHiFiveOptions');
    const manual = defaultBadgeCatalogue().filter((b) => b.kind === 'manual');
    expect(manual.length).toBeGreaterThan(0);
    expect(o.badges).toEqual(manual.map((b) => ({ badgeId: b.badgeId, name: b.name })));
  });

  it('with a Badges tab, the hi-five dialog offers only the manual badges kept there', () => {
    const header = ['badge_id', 'name', 'kind', 'metric', 'threshold', 'window', 'tier', 'icon'];
    const Badges = [
      header,
      ['mvp', 'Team MVP', 'manual', '', '', '', 'gold', '🏆'],
      ['big_month', 'Big month', 'threshold', 'revenue', 50000, 'month', 'silver', '💰'],
    ];
    const { answer: o, engine } = both<HiFiveOptions>(
      { ...demoGrids(), Badges },
      'getHiFiveOptions',
    );
    expect(engine.workbook.tabs.has('Badges')).toBe(true);
    expect(o.badges).toEqual([{ badgeId: 'mvp', name: 'Team MVP' }]);
  });
});
