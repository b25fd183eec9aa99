// Specs for the figure columns declared once for Scorecard and History: header, cells and formats from one list.
import { describe, expect, it } from 'vitest';
import { figureColumns } from '../../../shared/metrics/figure-columns';
import type { PeriodFigures } from '../../../shared/metrics/period-metrics';

const FIGURES = {
  revenue: 66334.275,
  winRatePct: 288.75,
  activities: { call: 3, constructor: 2 },
  activityPoints: 7.125,
  revenueTarget: null,
} as unknown as PeriodFigures;

describe('figureColumns', () => {
  const cols = figureColumns(
    ['revenue', 'types', 'win_rate_pct', 'revenue_target', 'activity_points'],
    ['call', 'constructor'],
  );

  it('puts one column per activity type where `types` stands', () => {
    expect(cols.header).toEqual([
      'revenue',
      'call',
      'constructor',
      'win_rate_pct',
      'revenue_target',
      'activity_points',
    ]);
  });

  it('writes cells in header order: money to the cent and percentages to one decimal, half up', () => {
    expect(cols.cells(FIGURES)).toEqual([66334.28, 3, 2, 288.8, null, 7.13]);
  });

  it('gives every column its format, an activity type named like an Object member included', () => {
    expect({ ...cols.formats }).toEqual({
      revenue: 'money',
      call: 'integer',
      constructor: 'integer',
      win_rate_pct: 'percent',
      revenue_target: 'money',
      activity_points: 'number',
    });
    expect(Object.getPrototypeOf(cols.formats)).toBeNull();
  });
});
