// The rep page's streak words say what the engine counts: days that reached the published daily bar.
import { describe, expect, it } from 'vitest';
import { streakDays, streakHelp, streakLine } from '../../web/src/streak-text';

describe('streak words', () => {
  it.each([
    [30, 'working days in a row with at least 30 activity points · best 5 days'],
    [1, 'working days in a row with at least 1 activity point · best 5 days'],
    [12.5, 'working days in a row with at least 12.5 activity points · best 5 days'],
    [0, 'working days in a row with any activity logged · best 5 days'],
    [undefined, 'working days in a row reaching the daily bar of activity points · best 5 days'],
  ])('with a daily bar of %s, the line reads "%s"', (bar, line) => {
    expect(streakLine(5, bar)).toBe(line);
  });

  it('never says "any activity" when the bar is above zero', () => {
    expect(streakHelp(30)).toContain('at least 30 activity points');
    expect(streakHelp(30)).not.toMatch(/any activity/);
    expect(streakHelp(0)).toContain('any activity logged');
  });

  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [2, '2 days'],
  ])('counts %s as "%s"', (n, text) => {
    expect(streakDays(n)).toBe(text);
  });
});
