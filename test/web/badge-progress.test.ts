// Badge progress on the site: "65% done" only for totals; a one-off bar says the biggest so far.
import { describe, expect, it } from 'vitest';
import type { BadgeProgress } from '../../shared/snapshot';
import { badgeProgressText } from '../../web/src/badge-progress';
import { sampleModel } from './helpers';

const { fmt } = sampleModel();
const progress = (over: Partial<BadgeProgress>): BadgeProgress => ({
  repId: 'r1',
  badgeId: 'b1',
  pct: 65,
  explanation: 'Biggest won deal in Nov 2026: $32,500 of $50,000 needed.',
  ...over,
});

describe('badgeProgressText', () => {
  it.each([
    ['a total adding up', 'share', '65% done'],
    ['a snapshot from before the measure was published (a share)', undefined, '65% done'],
    ['a one-off bar', 'best_so_far', 'Biggest won deal in Nov 2026: $32,500 of $50,000 needed.'],
  ] as const)('%s', (_name, measure, text) => {
    expect(badgeProgressText(fmt, progress(measure ? { measure } : {}))).toBe(text);
  });

  it('never calls a one-off bar "done"', () => {
    expect(badgeProgressText(fmt, progress({ measure: 'best_so_far' }))).not.toMatch(/done|%/);
  });
});
