// Manager words for commission pay: one case per pay line kind, per what-if kind, and the payout's parts.
import { describe, expect, it } from 'vitest';
import {
  PAY_LINE_WORDS,
  type PayLine,
  type Payout,
  payLineText,
  payoutText,
  type WhatIf,
  whatIfText,
} from '../../../shared/incentives';
import { d, plan } from './fixtures';

const OCT = {
  plan: plan(),
  period: {
    kind: 'month' as const,
    label: '2026-10',
    start: d('2026-10-01'),
    end: d('2026-10-31'),
  },
  start: d('2026-10-01'),
  end: d('2026-10-31'),
  clipped: false,
};

const LINES: readonly (readonly [string, PayLine, string])[] = [
  [
    'base',
    { kind: 'base', amount: 725, ratePct: 7.25, revenue: 10000, sources: [] },
    'Base 7.25% × $10,000 = $725',
  ],
  [
    'tier',
    { kind: 'tier', amount: 150, multiplier: 1.5, ratePct: 5, revenue: 2000, sources: [] },
    '1.5 × 5% × $2,000 = $150',
  ],
  [
    'spiff of a rep',
    {
      kind: 'spiff',
      amount: 500,
      contestId: 'C1',
      contestName: 'Nov Cup',
      rank: 1,
      prize: 500,
      team: null,
      sources: [{ tab: 'Contests', row: 2 }],
    },
    'SPIF Nov Cup (C1), place 1: $500',
  ],
  [
    'spiff of a team',
    {
      kind: 'spiff',
      amount: 333.33,
      contestId: 'C2',
      contestName: 'Team Cup',
      rank: 2,
      prize: 1000,
      team: { name: 'East', members: 3 },
      sources: [{ tab: 'Contests', row: 3 }],
    },
    'SPIF Team Cup (C2), team East place 2: $1,000 ÷ 3 members = $333.33',
  ],
  [
    'clawback',
    {
      kind: 'clawback',
      amount: -450,
      dealId: 'D3',
      dealAmount: 8000,
      wonDay: d('2026-10-12'),
      lostDay: d('2026-11-03'),
      paid: { segment: OCT, withIt: 2150, without: 1700 },
      sources: [{ tab: 'Deals', row: 3 }],
    },
    'Clawback D3 ($8,000, won 2026-10-12, lost 2026-11-03): Oct 2026 base and tier pay $2,150 with it, $1,700 without it = -$450',
  ],
  [
    'clawback no plan paid',
    {
      kind: 'clawback',
      amount: 0,
      dealId: 'D4',
      dealAmount: 500,
      wonDay: d('2026-09-12'),
      lostDay: d('2026-11-03'),
      paid: null,
      sources: [{ tab: 'Deals', row: 4 }],
    },
    'Clawback D4 ($500, won 2026-09-12, lost 2026-11-03): no plan paid it, so $0',
  ],
];

describe('payLineText', () => {
  it.each(LINES)('writes %s', (_name, line, text) => {
    expect(payLineText(line, 'USD')).toBe(text);
  });

  it('covers every pay line kind', () => {
    const kinds = new Set(LINES.map(([, l]) => l.kind));
    expect([...kinds].sort()).toEqual(Object.keys(PAY_LINE_WORDS).sort());
  });
});

function payout(over: Partial<Payout>): Payout {
  return {
    repId: 'r1',
    segment: OCT,
    revenue: 10000,
    target: 40000,
    attainmentPct: 25,
    tier: null,
    lines: [LINES[0]![1]],
    base: 725,
    tierPay: 0,
    spiff: 0,
    clawback: 0,
    earned: 725,
    cappedBy: 0,
    drawBalanceIn: 0,
    drawPaid: 0,
    drawRecovered: 0,
    drawBalance: 0,
    total: 725,
    dealRows: [4, 9],
    ...over,
  };
}

describe('payoutText', () => {
  it.each([
    [
      'plain',
      payout({}),
      'Oct 2026: $10,000 won = 25% of $40,000. Base 7.25% × $10,000 = $725. Total $725. Deals rows 4, 9.',
    ],
    [
      'no target, no deals',
      payout({ target: null, attainmentPct: null, dealRows: [] }),
      'Oct 2026: $10,000 won; no revenue target, so no tier applies. Base 7.25% × $10,000 = $725. Total $725.',
    ],
    [
      'capped',
      payout({ earned: 725, cappedBy: 225, total: 500, dealRows: [] }),
      'Oct 2026: $10,000 won = 25% of $40,000. Base 7.25% × $10,000 = $725. Earned $725, capped at $500. Total $500.',
    ],
    [
      'a draw advanced',
      payout({
        segment: { ...OCT, plan: plan({ draw: 1500 }) },
        drawPaid: 775,
        drawBalance: 775,
        total: 1500,
        dealRows: [],
      }),
      'Oct 2026: $10,000 won = 25% of $40,000. Base 7.25% × $10,000 = $725. Draw $1,500: $725 earned is below it, so $775 is advanced and recovered later (balance $775). Total $1,500.',
    ],
    [
      'a negative period carried',
      payout({
        lines: [LINES[4]![1]],
        earned: -450,
        drawPaid: 450,
        drawBalance: 450,
        total: 0,
        dealRows: [],
      }),
      'Oct 2026: $10,000 won = 25% of $40,000. Clawback D3 ($8,000, won 2026-10-12, lost 2026-11-03): Oct 2026 base and tier pay $2,150 with it, $1,700 without it = -$450. -$450 earned is not taken from pay: $450 is carried and recovered later (balance $450). Total $0.',
    ],
    [
      'a balance recovered',
      payout({
        segment: { ...OCT, plan: plan({ draw: 500 }) },
        drawBalanceIn: 1000,
        drawRecovered: 225,
        drawBalance: 775,
        total: 500,
        dealRows: [],
      }),
      'Oct 2026: $10,000 won = 25% of $40,000. Base 7.25% × $10,000 = $725. Recovered $225 of the $1,000 balance from earnings above the $500 draw (balance $775). Total $500.',
    ],
  ])('writes %s', (_name, p, text) => {
    expect(payoutText(p, 'USD')).toBe(text);
  });
});

describe('whatIfText', () => {
  const before = payout({});
  const after = payout({ revenue: 14000, total: 1015, dealRows: [] });
  it.each([
    [
      { kind: 'no_plan', repId: 'r9', extraAmount: 5000, before: null, after: null, delta: 0 },
      'No commission plan pays r9 today, so closing $5,000 more earns no commission.',
    ],
    [
      { kind: 'change', repId: 'r1', extraAmount: 4000, before, after, delta: 290 },
      `Close $4,000 more this period and earn $290 more: $725 now, $1,015 after. ${payoutText(after, 'USD')}`,
    ],
  ] as [WhatIf, string][])('writes the %#th kind', (w, text) => {
    expect(whatIfText(w, 'USD')).toBe(text);
  });
});
