// Specs for one period's payout: tier boundaries, marginal against retroactive, cap, no revenue, no target.
import { describe, expect, it } from 'vitest';
import { payoutText } from '../../../shared/incentives';
import { payoutAt } from '../../../shared/incentives';
import { d, deal, plan, runOf, target } from './fixtures';

// Nov 2026, target $40,000, base 5%, tiers 100:1.5, 125:2 (thresholds $40,000 and $50,000).
function nov(revenue: number, extra: Parameters<typeof plan>[0] = {}, withTarget = true) {
  const run = runOf(
    {
      plans: [plan(extra)],
      deals: revenue > 0 ? [deal(2, 'r1', revenue, '2026-11-10')] : [],
      targets: withTarget ? [target(2, 'r1', '2026-11', 40000)] : [],
    },
    '2026-11-26',
  );
  const p = payoutAt(run, 'r1', d('2026-11-26'));
  if (!p) throw new Error('no payout');
  return p;
}

describe('marginal tiers pay the multiplied rate only on the band above each threshold', () => {
  it.each([
    // revenue, base, tier pay, total, tier multiplier reached
    [0, 0, 0, 0, null],
    [39990, 1999.5, 0, 1999.5, null], // just below 100%: 5% × 39,990
    [40000, 2000, 0, 2000, 1.5], // exactly 100%: tier reached, its band is $0
    [40010, 2000, 0.75, 2000.75, 1.5], // 1.5 × 5% × 10
    [42000, 2000, 150, 2150, 1.5], // the example
    [49990, 2000, 749.25, 2749.25, 1.5], // 1.5 × 5% × 9,990
    [50000, 2000, 750, 2750, 2], // exactly 125%: 1.5 × 5% × 10,000 + 2 × 5% × 0
    [50010, 2000, 751, 2751, 2], // + 2 × 5% × 10
    [60000, 2000, 1750, 3750, 2], // 750 + 2 × 5% × 10,000
  ])('$%d won: base %d, tiers %d, total %d', (revenue, base, tierPay, total, mult) => {
    const p = nov(revenue);
    expect([p.base, p.tierPay, p.total]).toEqual([base, tierPay, total]);
    expect(p.tier?.multiplier ?? null).toBe(mult);
  });

  it('explains the issue example exactly as a rep checks it by hand', () => {
    expect(payoutText(nov(42000), 'USD')).toBe(
      'Nov 2026: $42,000 won = 105% of $40,000. Base 5% × $40,000 = $2,000; 1.5 × 5% × $2,000 = $150. Total $2,150. Deals row 2.',
    );
  });
});

describe('retroactive tiers pay the reached multiplier on all revenue', () => {
  it.each([
    [39990, 1999.5, 0, 1999.5], // below the first tier: base only
    [40000, 0, 3000, 3000], // 1.5 × 5% × 40,000
    [40010, 0, 3000.75, 3000.75],
    [42000, 0, 3150, 3150],
    [49990, 0, 3749.25, 3749.25],
    [50000, 0, 5000, 5000], // 2 × 5% × 50,000
  ])('$%d won: base %d, tiers %d, total %d', (revenue, base, tierPay, total) => {
    const p = nov(revenue, { tierMode: 'retroactive' });
    expect([p.base, p.tierPay, p.total]).toEqual([base, tierPay, total]);
  });

  it('shows the whole revenue at the tier rate', () => {
    expect(payoutText(nov(42000, { tierMode: 'retroactive' }), 'USD')).toBe(
      'Nov 2026: $42,000 won = 105% of $40,000. 1.5 × 5% × $42,000 = $3,150. Total $3,150. Deals row 2.',
    );
  });
});

describe('the cap limits the payout per period', () => {
  it.each([
    // revenue, cap, capped by, total
    [60000, 2500, 1250, 2500],
    [42000, 2150, 0, 2150], // exactly at the cap
    [42000, 2149.99, 0.01, 2149.99],
    [30000, 2500, 0, 1500],
  ])('$%d won with a cap of %d: %d cut, total %d', (revenue, cap, cappedBy, total) => {
    const p = nov(revenue, { cap });
    expect([p.cappedBy, p.total]).toEqual([cappedBy, total]);
  });

  it('says so in the explanation', () => {
    expect(payoutText(nov(60000, { cap: 2500 }), 'USD')).toContain(
      'Earned $3,750, capped at $2,500. Total $2,500.',
    );
  });
});

describe('edge periods', () => {
  it('a period with no revenue pays $0 and says so', () => {
    const p = nov(0);
    expect(p.total).toBe(0);
    expect(payoutText(p, 'USD')).toBe(
      'Nov 2026: $0 won = 0% of $40,000. Base 5% × $0 = $0. Total $0.',
    );
  });

  it('without a revenue target no tier applies: the base rate pays all revenue', () => {
    const p = nov(42000, {}, false);
    expect([p.target, p.attainmentPct, p.tier, p.total]).toEqual([null, null, null, 2100]);
    expect(payoutText(p, 'USD')).toBe(
      'Nov 2026: $42,000 won; no revenue target, so no tier applies. Base 5% × $42,000 = $2,100. Total $2,100. Deals row 2.',
    );
  });

  it('a rate with two decimals is shown exactly', () => {
    expect(payoutText(nov(10000, { baseRatePct: 7.25 }), 'USD')).toContain(
      'Base 7.25% × $10,000 = $725.',
    );
  });

  it('counts deals closed up to today only, and not open or lost ones', () => {
    const run = runOf(
      {
        deals: [
          deal(2, 'r1', 1000, '2026-11-02'),
          deal(3, 'r1', 2000, '2026-11-28'),
          deal(4, 'r1', 4000, '2026-11-05', 'lost'),
          deal(5, 'r1', 8000, '2026-11-05', 'open'),
        ],
        targets: [target(2, 'r1', '2026-11', 40000)],
      },
      '2026-11-26',
    );
    const p = payoutAt(run, 'r1', d('2026-11-26'));
    expect([p?.revenue, p?.dealRows]).toEqual([1000, [2]]);
  });
});
