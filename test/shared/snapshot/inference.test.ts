// With publish_amounts = no, no known inference recovers a rep's money result or target from the snapshot.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { type EngineResult, runEngine } from '../../../shared/engine';
import type { Snapshot } from '../../../shared/snapshot';
import { badgeMeasuresMoney } from '../../../shared/snapshot';
import { isMoneyMetric } from '../../../shared/workbook/metric-names';

const AS_OF = '2026-11-18';

function run(publishAmounts: boolean): EngineResult {
  const grids = generateDemoWorkbook({ seed: 'golden', asOf: AS_OF });
  const settings = (grids.Settings ?? []).filter((r) => r[0] !== 'publish_amounts');
  return runEngine(
    { ...grids, Settings: [...settings, ['publish_amounts', publishAmounts ? 'yes' : 'no']] },
    { now: new Date(`${AS_OF}T17:30:00Z`), defaultTimeZone: 'UTC', asOf: AS_OF },
  );
}

/** What must stay private per rep: every money result and every target the engine computed. */
function secrets(result: EngineResult): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (repId: string | null, value: number | null) => {
    if (repId === null || value === null || Math.abs(value) < 100) return;
    out.set(repId, [...(out.get(repId) ?? []), value]);
  };
  for (const e of result.model.scorecard) {
    const m = e.metrics;
    for (const v of [m.revenue, m.newPipeline, m.openPipeline, m.avgDeal, m.revenueTarget])
      add(e.rep.repId, v);
  }
  for (const c of result.model.contests)
    if (isMoneyMetric(c.contest.metric)) for (const s of c.standings) add(s.repId, s.value);
  const badges = new Map(result.model.badges.map((b) => [b.badgeId, b]));
  for (const p of result.model.progress) {
    const b = badges.get(p.badgeId);
    if (b && badgeMeasuresMoney(b)) add(p.repId, p.current);
  }
  for (const d of result.workbook.deals) add(d.repId, d.amount);
  return out;
}

/**
 * Amounts written in a text: `$30,000`, `$30K`, `30K` (30000). Other numbers (years, sheet rows,
 * counts) are left out: multiplied by a percentage they would match some amount by chance.
 */
function numbersIn(text: string | null): number[] {
  const out: number[] = [];
  for (const m of (text ?? '').matchAll(
    /(?:\$\s*(\d[\d,]*(?:\.\d+)?)([KkMm])?|(\d[\d,]*(?:\.\d+)?)([KkMm]))\b/g,
  )) {
    const n = Number((m[1] ?? m[3])!.replace(/,/g, ''));
    const unit = m[2] ?? m[4];
    out.push(n * (unit === undefined ? 1 : /k/i.test(unit) ? 1e3 : 1e6));
  }
  return out;
}

type Guess = readonly [repId: string, value: number];
/** An attack: from the published snapshot (and what an attacking rep knows of their own), guesses. */
type Attack = (snap: Snapshot, own: Map<string, number[]>) => Guess[];

const moneyContests = (s: Snapshot) => s.contests.filter((c) => c.unit === 'money');

const ATTACKS: readonly [string, Attack][] = [
  [
    'a money value read directly (leaderboards, standings)',
    (s) => [
      ...s.leaderboards
        .filter((b) => b.unit === 'money')
        .flatMap((b) => b.entries.map((e): Guess => [e.repId ?? '', e.value ?? 0])),
      ...moneyContests(s).flatMap((c) =>
        c.standings.map((e): Guess => [e.repId ?? '', e.value ?? 0]),
      ),
    ],
  ],
  [
    "an amount written in a rep's explanations (boards, standings, progress, awards)",
    (s) =>
      [
        ...s.leaderboards.flatMap((b) => b.entries),
        ...s.contests.flatMap((c) => c.standings),
        ...s.progress,
        ...s.awards,
      ].flatMap((e) => numbersIn(e.explanation).map((n): Guess => [e.repId ?? '', n])),
  ],
  [
    "progress toward a badge × the bar written in the badge's texts",
    (s) =>
      s.progress.flatMap((p) => {
        const b = s.badges.find((x) => x.id === p.badgeId);
        const bars = [b?.howToEarn, b?.description, b?.name].flatMap((t) => numbersIn(t ?? null));
        return bars.map((bar): Guess => [p.repId, (p.pct / 100) * bar]);
      }),
  ],
  [
    "progress in a contest × its goal or a figure in the contest's texts",
    (s) =>
      s.contests.flatMap((c) => {
        const bars = [c.goal ?? 0, ...[c.name, c.description, c.rules].flatMap(numbersIn)];
        return c.standings.flatMap((e) =>
          bars.map((bar): Guess => [e.repId ?? '', ((e.progressPct ?? 0) / 100) * bar]),
        );
      }),
  ],
  [
    'a published money figure ÷ the attainment next to it gives the target',
    (s) =>
      s.leaderboards
        .filter((b) => b.lens === 'attainment')
        .flatMap((b) =>
          b.entries.flatMap((e) =>
            numbersIn(e.explanation).map((n): Guess => [e.repId ?? '', n / ((e.value ?? 0) / 100)]),
          ),
        ),
  ],
  [
    "a race line scaled to the leader, times the attacker's own amount",
    (s, own) =>
      moneyContests(s).flatMap((c) => {
        const last = (k: string | null) =>
          c.series.find((x) => x.key === k)?.points.at(-1)?.value ?? 0;
        const me = c.standings.find((e) => e.repId !== null)?.repId ?? null;
        const mine = me === null ? [] : (own.get(me) ?? []);
        return c.series.flatMap((line) =>
          mine.map((v): Guess => [line.key ?? '', (last(line.key) / (last(me) || 1)) * v]),
        );
      }),
  ],
];

/** Guesses that land within 0.5 % of one of that rep's secrets. */
function hits(snap: Snapshot, own: Map<string, number[]>, attack: Attack): Guess[] {
  return attack(snap, own).filter(([repId, guess]) =>
    (own.get(repId) ?? []).some((secret) => Math.abs(guess - secret) <= Math.abs(secret) * 0.005),
  );
}

describe('inference from a snapshot with publish_amounts = no', () => {
  const hidden = run(false);
  const shown = run(true);
  const hiddenSecrets = secrets(hidden);
  const shownSecrets = secrets(shown);

  it.each(ATTACKS)('%s recovers no amount', (_name, attack) => {
    expect(hits(hidden.snapshot, hiddenSecrets, attack)).toEqual([]);
  });

  // Control: the same attack on the same team with amounts published does find amounts, so each
  // search above is able to see a leak.
  it.each(ATTACKS)('%s does recover amounts when they are published (control)', (_n, attack) => {
    expect(hits(shown.snapshot, shownSecrets, attack).length).toBeGreaterThan(0);
  });
});

describe('percent-of-target race lines with amounts hidden', () => {
  // Two points of a rep's attainment line around a written bar's finish day bound the target, and
  // so the money, to a band (found by review): no such line is published when amounts are hidden.
  const quota = (s: Snapshot) =>
    s.contests.filter((c) => c.kind === 'percent_of_target' && isMoneyMetric(c.metric));

  it('the demo publishes such a line when amounts are published (control)', () => {
    const published = quota(run(true).snapshot);
    expect(published.length).toBeGreaterThan(0);
    expect(published.some((c) => c.series.some((l) => l.points.length > 1))).toBe(true);
  });

  it('publishes none when amounts are hidden', () => {
    const hidden = quota(run(false).snapshot);
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of hidden) expect(c.series, c.id).toEqual([]);
  });
});
