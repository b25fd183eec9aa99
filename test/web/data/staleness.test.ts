// The freshness stamp judges the data day as well as the publish time, and says when an older snapshot was refused.
import { describe, expect, it } from 'vitest';
import { DATA_OLD_DAYS, computeStamp } from '../../../web/src/data/staleness';
import { sampleSnapshot } from '../helpers';

const HOUR = 3_600_000;
/** Published at the given instant, describing the given day (the sample's team is in Berlin). */
function state(generatedAt: string, asOf: string, refusedOlder: string | null = null) {
  const snapshot = { ...sampleSnapshot(), generatedAt, asOf };
  return {
    snapshot,
    receivedAt: null,
    error: null,
    fromCache: false,
    loading: false,
    refusedOlder,
  };
}

describe('computeStamp: the data day', () => {
  it.each([
    // data day, now (UTC), days old, warns
    ['2026-11-20', '2026-11-20T09:05:00Z', 0, false],
    ['2026-11-19', '2026-11-20T09:05:00Z', 1, false],
    ['2026-11-18', '2026-11-20T09:05:00Z', 2, true],
    ['2017-12-31', '2026-11-20T09:05:00Z', 3246, true],
    // 23:30 UTC is already the 21st in Berlin: the team's clock decides what "today" is.
    ['2026-11-19', '2026-11-20T23:30:00Z', 2, true],
  ])(
    'data of %s seen at %s is %i days old (warns: %s) though published 5 min before',
    (day, now, old, warns) => {
      const nowMs = Date.parse(now);
      const s = computeStamp(state(new Date(nowMs - 5 * 60_000).toISOString(), day), nowMs, HOUR);
      expect(s?.dataDay).toBe(day);
      expect(s?.dataDaysOld).toBe(old);
      expect(s?.stale).toBe(warns);
      expect(old >= DATA_OLD_DAYS).toBe(warns);
      if (warns)
        expect(s?.warning).toMatch(
          new RegExp(`^The data is ${old} days old even though it was published 5 min ago\\.$`),
        );
      else expect(s?.warning).toBeNull();
    },
  );

  it('a new publish of old data warns even though the publish time alone would not', () => {
    const nowMs = Date.parse('2026-12-06T08:00:00Z');
    const s = computeStamp(state('2026-12-06T07:58:00Z', '2017-12-31'), nowMs, HOUR);
    expect(s).toMatchObject({
      ageMinutes: 2,
      stale: true,
      dataDay: '2017-12-31',
      dataDaysOld: 3262,
    });
    expect(s?.warning).toBe('The data is 3262 days old even though it was published 2 min ago.');
  });

  it('says calmly that an older snapshot was refused, with its publish time on the team clock', () => {
    const nowMs = Date.parse('2026-11-20T09:05:00Z');
    const s = computeStamp(
      state('2026-11-20T09:00:00Z', '2026-11-20', '2026-11-20T07:00:00Z'),
      nowMs,
      HOUR,
    );
    expect(s?.stale).toBe(false);
    expect(s?.refusedOlderMs).toBe(Date.parse('2026-11-20T07:00:00Z'));
    expect(s?.note).toMatch(
      /An older snapshot \(published 20 Nov 2026, 8:00 AM GMT\+1\) was offered and not shown/,
    );
  });
});
