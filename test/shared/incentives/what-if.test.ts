// Specs for the what-if: it must equal a real recalculation after adding the deal to the workbook.
import { describe, expect, it } from 'vitest';
import { whatIfText } from '../../../shared/incentives';
import { payoutAt, prepareIncentives, whatIf } from '../../../shared/incentives';
import { buildLedger } from '../../../shared/metrics/ledger';
import { buildTargets } from '../../../shared/metrics/targets';
import type { Deal } from '../../../shared/workbook';
import { d, deal, plan, runOf, target, workbook, type World } from './fixtures';

const asOf = '2026-11-26';

function realTotal(w: World, extra: number): number | null {
  const wb = workbook({ ...w, deals: [...(w.deals ?? []), deal(99, 'r1', extra, asOf) as Deal] });
  const run = prepareIncentives({
    workbook: wb,
    ledger: buildLedger(wb),
    targets: buildTargets(wb),
    contests: () => undefined,
    asOf: d(asOf),
  });
  return payoutAt(run, 'r1', d(asOf))?.total ?? null;
}

const targets = [target(2, 'r1', '2026-10', 40000), target(3, 'r1', '2026-11', 40000)];
const worlds: [string, World][] = [
  ['marginal', { targets, deals: [deal(2, 'r1', 38000, '2026-11-05')] }],
  [
    'retroactive',
    {
      targets,
      plans: [plan({ tierMode: 'retroactive' })],
      deals: [deal(2, 'r1', 38000, '2026-11-05')],
    },
  ],
  [
    'capped',
    { targets, plans: [plan({ cap: 2500 })], deals: [deal(2, 'r1', 45000, '2026-11-05')] },
  ],
  [
    'draw balance',
    {
      targets,
      plans: [plan({ draw: 1500 })],
      deals: [deal(2, 'r1', 5000, '2026-10-05'), deal(3, 'r1', 30000, '2026-11-05')],
    },
  ],
  [
    'clawback',
    {
      targets,
      deals: [
        deal(2, 'r1', 42000, '2026-10-05'),
        deal(3, 'r1', 8000, '2026-11-03', 'lost', '2026-10-12'),
        deal(4, 'r1', 5000, '2026-11-04'),
      ],
    },
  ],
  ['no revenue yet', { targets, deals: [] }],
];

describe('whatIf', () => {
  it.each(
    worlds.flatMap(([name, w]) => [0, 1000, 2000, 12000, 30000].map((x) => [name, x, w] as const)),
  )('%s: closing $%d more matches a real recalculation', (_, extra, w) => {
    const r = whatIf(runOf(w, asOf), 'r1', extra);
    expect(r.after?.total).toBe(realTotal(w, extra));
    expect(r.delta).toBe(Math.round(((r.after?.total ?? 0) - (r.before?.total ?? 0)) * 100) / 100);
  });

  it('says it in a sentence: $38,000 of $40,000 plus $4,000 earns $250 more', () => {
    // before: 5% × 38,000 = 1,900; after: 2,000 + 1.5 × 5% × 2,000 = 2,150.
    const r = whatIf(runOf(worlds[0]![1], asOf), 'r1', 4000);
    expect(r.delta).toBe(250);
    expect(
      whatIfText(r, 'USD').startsWith(
        'Close $4,000 more this period and earn $250 more: $1,900 now, $2,150 after.',
      ),
    ).toBe(true);
  });

  it('a rep without a plan earns nothing more', () => {
    const r = whatIf(runOf({ plans: [] }, asOf), 'r1', 4000);
    expect([r.before, r.after, r.delta]).toEqual([null, null, 0]);
  });
});
