// Specs for the Commissions table, and the printable statement.
import { describe, expect, it } from 'vitest';
import { payoutText, statementLines, statementTable } from '../../../shared/incentives';
import {
  COMMISSIONS_HEADER,
  commissionStatement,
  commissionsTable,
  runIncentives,
} from '../../../shared/incentives';
import { buildLedger } from '../../../shared/metrics/ledger';
import { buildTargets } from '../../../shared/metrics/targets';
import { d, deal, plan, rep, runOf, target, workbook } from './fixtures';

const world = {
  reps: [
    rep('r1', { name: 'Ann' }),
    rep('r2', { name: 'Bob', active: false }),
    rep('r3', { name: 'Cy' }),
  ],
  plans: [plan({ appliesTo: 'r1' }), plan({ planId: 'P2', row: 3, appliesTo: 'r2' })],
  targets: [target(2, 'r1', '2026-10', 40000), target(3, 'r1', '2026-11', 40000)],
  deals: [
    deal(2, 'r1', 30000, '2026-10-05'),
    deal(3, 'r1', 22000, '2026-11-03'),
    deal(4, 'r1', 20000, '2026-11-10'),
  ],
};

describe('commissionsTable', () => {
  it('has one row for the previous and one for the current pay period of each rep with a plan', () => {
    const t = commissionsTable(runOf(world, '2026-11-26'));
    expect(t.tab).toBe('Commissions');
    expect(t.header).toEqual([...COMMISSIONS_HEADER]);
    const col = (name: string) => t.header.indexOf(name);
    // Bob left and earned nothing in either period: no rows. Cy has no plan: no rows (an issue says so).
    expect(
      t.rows.map((r) => [
        r[col('rep_id')],
        r[col('period')],
        r[col('status')],
        r[col('total')],
        r[col('tier_reached')],
      ]),
    ).toEqual([
      ['r1', '2026-10', 'closed', 1500, 'none'], // 5% × 30,000
      ['r1', '2026-11', 'current', 2150, '1.5x from 100%'], // 2,000 + 1.5 × 5% × 2,000
    ]);
    expect(t.rows[1]![col('explanation')]).toBe(
      'Nov 2026: $42,000 won = 105% of $40,000. Base 5% × $40,000 = $2,000; 1.5 × 5% × $2,000 = $150. Total $2,150. Deals rows 3, 4.',
    );
  });

  it('runIncentives wires the table, issues, statement and what-if', () => {
    const wb = workbook(world);
    const r = runIncentives({
      workbook: wb,
      ledger: buildLedger(wb),
      targets: buildTargets(wb),
      contests: [],
      asOf: d('2026-11-26'),
    });
    expect(r.table.rows.length).toBe(2);
    expect(r.issues.map((i) => i.value)).toEqual(['r3']);
    expect(r.whatIf('r1', 1000).delta).toBe(75); // 1.5 × 5% × 1,000
    expect(r.statement('r3')).toBeNull();
  });
});

describe('commissionStatement', () => {
  it('lists every deal counted, every part and the total', () => {
    const s = commissionStatement(runOf(world, '2026-11-26'), 'r1');
    expect(statementLines(s!, 'USD')).toEqual([
      'Commission statement: Ann (r1)',
      'Plan P1, Nov 2026: 2026-11-01 to 2026-11-30, figures as of 2026-11-26',
      'Deals counted:',
      '  Deal D3: $22,000 (Account 3, won 3 Nov 2026, Deals row 3)',
      '  Deal D4: $20,000 (Account 4, won 10 Nov 2026, Deals row 4)',
      'Revenue: $42,000 (2 deals won)',
      'Target: $40,000 (revenue target)',
      'Attainment: 105%',
      'Tier reached: 1.5x from 100%',
      'Base: $2,000 (Base 5% × $40,000 = $2,000)',
      'Tier: $150 (1.5 × 5% × $2,000 = $150)',
      `Total: $2,150 (${payoutText(s!.payout, 'USD')})`,
    ]);
    expect(statementTable(s!, 'USD').rows.length).toBe(9);
  });

  it('gives the statement of an earlier period on request', () => {
    expect(
      commissionStatement(runOf(world, '2026-11-26'), 'r1', d('2026-10-15'))?.payout.total,
    ).toBe(1500);
  });
});
