// A manager's first day on the faithful fake: Set up with the demo, Recalculate, Issues, attainment, both locales.
import { describe, expect, it } from 'vitest';
import { addon, isDate, LOCALE, TIME_ZONE } from './helpers';

type Addon = ReturnType<typeof addon>;

function firstDay(): Addon {
  const a = addon();
  a.google.ui.answers.push('YES');
  a.call('setupWorkbook');
  a.call('recalculateNow');
  return a;
}

/** A tab's data rows as records keyed by header. */
function records(a: Addon, tab: string): Record<string, unknown>[] {
  const [head, ...rows] = a.google.spreadsheet.sheet(tab)?.grid() ?? [];
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [String(h), r[i]])));
}

describe(`A manager's first day (${LOCALE} spreadsheet in ${TIME_ZONE}, Settings in New York)`, () => {
  it("Issues lists only the demo's three deliberate flaws", () => {
    const a = firstDay();
    const issues = records(a, 'Issues').map((i) => `${i.tab}!${i.column}`);
    expect(issues.sort()).toEqual(['Activities!rep_id', 'Deals!close_date', 'Targets!period']);
  });

  it('every rep with a target for this month has attainment for it on the Scorecard', () => {
    const a = firstDay();
    const month = records(a, 'Scorecard').filter((r) => r.period_kind === 'month');
    const label = String(month[0]!.period);
    const withTargets = new Set(
      records(a, 'Targets')
        .filter((t) => t.period === label)
        .map((t) => String(t.rep_id)),
    );
    expect(withTargets.size).toBeGreaterThan(5);
    for (const rep of withTargets) {
      const row = month.find((r) => r.rep_id === rep);
      expect(typeof row?.attainment_pct, rep).toBe('number');
    }
  });

  it('Set up wrote ids and period labels as text, dates as date cells, rates as percents', () => {
    const a = firstDay();
    const targets = a.google.spreadsheet.sheet('Targets')!;
    const period = records(a, 'Targets')[0]!.period;
    expect(period).toMatch(/^\d{4}-\d{2}$/);
    expect(targets.formatAt(2, 2)).toBe('@');
    const deal = records(a, 'Deals').find((d) => d.close_date !== '')!;
    expect(isDate(deal.close_date)).toBe(true);
    const plans = a.google.spreadsheet.sheet('Commission Plans')!;
    const col = plans.grid()[0]!.indexOf('base_rate') + 1;
    expect(plans.formatAt(2, col)).toMatch(/%/);
    expect(plans.grid()[1]![col - 1]).toBeLessThan(1);
  });

  it('the tabs Set up created are as wide as their columns, not 26', () => {
    const a = firstDay();
    const targets = a.google.spreadsheet.sheet('Targets')!;
    expect(targets.maxCols).toBe(targets.grid()[0]!.length);
  });
});
