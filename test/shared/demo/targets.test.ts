// The demo's targets: a plan for every month of the current fiscal year, so week, month, quarter and
// year attainment all exist for tenured reps, and the previous year's months only where data exists.
import { describe, expect, it } from 'vitest';
import { DEMO_TIME_ZONE, generateDemoWorkbook } from '../../../shared/demo';
import { buildTargets } from '../../../shared/metrics';
import { parseIsoDay } from '../../../shared/time/day';
import { periodOf, previousPeriod } from '../../../shared/time/period';
import { calendarOf, parseWorkbook } from '../../../shared/workbook';

const CASES: [string | number, string, 'demo' | 'large'][] = [
  [1, '2026-11-18', 'demo'],
  ['bell', '2026-03-02', 'demo'],
  [7, '2027-01-29', 'demo'],
  [3, '2026-06-30', 'large'],
];

describe.each(CASES)('demo targets (seed %j, as of %s, %s)', (seed, asOf, size) => {
  const grids = generateDemoWorkbook({ seed, asOf, size });
  const { workbook } = parseWorkbook(grids, { defaultTimeZone: DEMO_TIME_ZONE });
  const targets = buildTargets(workbook);
  const calendar = calendarOf(workbook.settings);
  const day = parseIsoDay(asOf)!;
  const year = periodOf('year', day, calendar);
  // Reps who were here (and past their first month) before the fiscal year began.
  const tenured = workbook.reps.filter(
    (r) => r.active && r.startDate !== null && r.startDate < year.start - 31,
  );
  const labels = new Set(workbook.targets.map((t) => t.period));

  it('has tenured reps to check', () => {
    expect(tenured.length).toBeGreaterThan(5);
  });

  it.each(['week', 'month', 'quarter', 'year'] as const)(
    'gives every tenured rep a revenue and a call target for the %s of as-of',
    (kind) => {
      const period = periodOf(kind, day, calendar);
      for (const r of tenured) {
        expect(targets.forPeriod(r.repId, 'revenue', period), r.repId).toBeGreaterThan(0);
        expect(targets.forPeriod(r.repId, 'call', period), r.repId).toBeGreaterThan(0);
      }
    },
  );

  it('plans every month of the fiscal year, and nothing before the data in the previous one', () => {
    for (let m = 1; m <= 12; m++) {
      expect(labels.has(`${year.label}-${String(m).padStart(2, '0')}`)).toBe(true);
    }
    let firstData = day;
    for (const a of workbook.activities) firstData = Math.min(firstData, a.day);
    const first = periodOf('month', firstData, calendar);
    const earlier = previousPeriod(first, calendar);
    expect(labels.has(first.label)).toBe(true);
    // The month before the data is planned only when it belongs to the current fiscal year.
    expect(labels.has(earlier.label)).toBe(earlier.start >= year.start);
  });
});
