// Specs for explanation wording: metric nouns, day ranges, local times, source rows.
import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatIsoDay,
  formatMetric,
  metricNoun,
  plural,
  rowsSuffix,
  sourcesSuffix,
} from '../../../shared/format';
import { isoAt } from '../../../shared/time';
import { at, d } from '../contests/fixtures';

describe('wording', () => {
  it.each([
    ['demo', 1, '1 demo'],
    ['demo', 2, '2 demos'],
    ['won_deals', 3, '3 won deals'],
    ['activity_points', 12.5, '12.5 activity points'],
    ['follow_up', 2, '2 follow ups'],
    ['reply', 2, '2 replies'],
    ['revenue', 1200, '$1,200 revenue'],
    ['new_pipeline', 5000.5, '$5,000.50 new pipeline'],
  ])('%s × %d reads "%s"', (metric, n, text) => {
    expect(formatMetric(metric, n, 'USD')).toBe(text);
  });

  it.each([
    ['deal', 1, 'deal'],
    ['deal', 0, 'deals'],
    ['match', 2, 'matches'],
    ['box', 2, 'boxes'],
    ['reply', 2, 'replies'],
    ['day', 2, 'days'],
  ])('plural(%s, %d) is %s', (word, n, text) => {
    expect(plural(word, n)).toBe(text);
  });

  it('names a metric in the singular for one', () => {
    expect(metricNoun('call', 1)).toBe('call');
  });

  it.each([
    ['2026-11-01', '2026-11-26', '1 Nov to 26 Nov 2026'],
    ['2025-12-15', '2026-01-10', '15 Dec 2025 to 10 Jan 2026'],
    ['2026-11-26', '2026-11-26', '26 Nov 2026'],
  ])('writes %s..%s as "%s"', (a, b, text) => {
    expect(formatDayRange(d(a), d(b))).toBe(text);
  });

  it('writes a wall-clock minute as ISO local date-time', () => {
    expect(isoAt(at('2026-11-05 09:05'), 'T')).toBe('2026-11-05T09:05');
    expect(isoAt(at('2026-11-05 09:05'))).toBe('2026-11-05 09:05');
  });

  it('lists rows per tab, capped, with the rest counted', () => {
    expect(sourcesSuffix([])).toBe('');
    expect(sourcesSuffix([{ tab: 'Deals', row: 4 }])).toBe(' (Deals row 4)');
    expect(
      sourcesSuffix([
        { tab: 'Deals', row: 4 },
        { tab: 'Activities', row: 9 },
      ]),
    ).toBe(' (Deals row 4; Activities row 9)');
    const many = Array.from({ length: 12 }, (_, i) => ({ tab: 'Activities', row: i + 2 }));
    expect(sourcesSuffix(many, 3)).toBe(' (Activities rows 2, 3, 4 and 9 more)');
  });

  it('lists bare rows of one tab the same way', () => {
    expect(rowsSuffix('Deals', new Int32Array(0))).toBe('');
    expect(rowsSuffix('Deals', Int32Array.of(4))).toBe(' (Deals row 4)');
    const many = Int32Array.from({ length: 12 }, (_, i) => i + 2);
    expect(rowsSuffix('Activities', many, 3)).toBe(' (Activities rows 2, 3, 4 and 9 more)');
  });
});

describe('formatIsoDay: the one way a day is written (site, snapshot words, CLI summary)', () => {
  it.each([
    ['2026-11-30', '30 Nov 2026'],
    ['2026-12-01', '1 Dec 2026'],
    ['2027-01-09', '9 Jan 2027'],
    ['not a day', 'not a day'],
    ['2026-02-30', '2026-02-30'],
  ])('%s reads "%s"', (iso, text) => {
    expect(formatIsoDay(iso)).toBe(text);
  });
});
