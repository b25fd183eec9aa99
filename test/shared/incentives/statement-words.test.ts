// Manager words for a commission statement: deals, figures, cap and draw lines, the sheet rows.
import { describe, expect, it } from 'vitest';
import {
  type Payout,
  payoutText,
  type Statement,
  statementLines,
  statementTable,
} from '../../../shared/incentives';
import { d, plan } from './fixtures';

const Q4 = {
  plan: plan({ planId: 'P2', cap: 3000, draw: 1000, period: 'quarter' }),
  period: {
    kind: 'quarter' as const,
    label: '2026-Q4',
    start: d('2026-10-01'),
    end: d('2026-12-31'),
  },
  start: d('2026-10-01'),
  end: d('2026-11-14'),
  clipped: true,
};

const payout: Payout = {
  repId: 'r1',
  segment: Q4,
  revenue: 70000,
  target: 60000,
  attainmentPct: 116.67,
  tier: { fromPct: 100, multiplier: 2 },
  lines: [
    { kind: 'base', amount: 3000, ratePct: 5, revenue: 60000, sources: [] },
    { kind: 'tier', amount: 1000, multiplier: 2, ratePct: 5, revenue: 10000, sources: [] },
  ],
  base: 3000,
  tierPay: 1000,
  spiff: 0,
  clawback: 0,
  earned: 4000,
  cappedBy: 1000,
  drawBalanceIn: 500,
  drawPaid: 0,
  drawRecovered: 500,
  drawBalance: 0,
  total: 2500,
  dealRows: [7, 9],
};

const statement: Statement = {
  repId: 'r1',
  name: 'Ann',
  asOf: d('2026-11-10'),
  payout,
  deals: [
    {
      dealId: 'D7',
      account: null,
      wonDay: d('2026-10-03'),
      laterLost: false,
      amount: 30000,
      row: 7,
    },
    { dealId: 'D9', account: 'Acme', wonDay: null, laterLost: true, amount: 40000, row: 9 },
  ],
};

describe('statementLines', () => {
  it('writes the deals, the figures, the cap, the draw and the total', () => {
    expect(statementLines(statement, 'USD')).toEqual([
      'Commission statement: Ann (r1)',
      'Plan P2, Q4 2026 (2026-10-01 to 2026-11-14): 2026-10-01 to 2026-11-14, figures as of 2026-11-10',
      'Deals counted:',
      '  Deal D7: $30,000 (no account, won 3 Oct 2026, Deals row 7)',
      '  Deal D9: $40,000 (Acme, won ? (later lost), Deals row 9)',
      'Revenue: $70,000 (2 deals won)',
      'Target: $60,000 (prorated by working days)',
      'Attainment: 116.7%',
      'Tier reached: 2x from 100%',
      'Base: $3,000 (Base 5% × $60,000 = $3,000)',
      'Tier: $1,000 (2 × 5% × $10,000 = $1,000)',
      'Cap: -$1,000 (capped at $3,000)',
      'Draw recovered: -$500 (balance after: $0)',
      `Total: $2,500 (${payoutText(payout, 'USD')})`,
    ]);
  });

  it('says so when no deal counted and there is no target', () => {
    const none: Statement = {
      ...statement,
      deals: [],
      payout: {
        ...payout,
        target: null,
        attainmentPct: null,
        tier: null,
        drawPaid: 200,
        drawRecovered: 0,
      },
    };
    const lines = statementLines(none, 'USD');
    expect(lines).toContain('Deals counted: none');
    expect(lines).toContain('Target: no revenue target');
    expect(lines).toContain('Attainment: n/a');
    expect(lines).toContain('Draw paid: $200 (balance after: $0)');
  });
});

describe('statementTable', () => {
  it('holds the same items as rows for a sheet, amounts as numbers', () => {
    const t = statementTable(statement, 'USD');
    expect(t.header).toEqual(['item', 'detail', 'amount']);
    expect(t.rows.map((r) => r[0])).toEqual([
      'Deal D7',
      'Deal D9',
      'Revenue',
      'Target',
      'Attainment',
      'Tier reached',
      'Base',
      'Tier',
      'Cap',
      'Draw recovered',
      'Total',
    ]);
    expect(t.rows.at(-1)).toEqual(['Total', payoutText(payout, 'USD'), 2500]);
    expect(t.note).toContain('Ann for Q4 2026 (2026-10-01 to 2026-11-14)');
  });
});
