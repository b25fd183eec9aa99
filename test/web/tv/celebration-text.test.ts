// Celebration words: the amount is the headline only when published; every kind names who and what.
import { describe, expect, it } from 'vitest';
import { indexSnapshot } from '../../../web/src/model';
import { makeFormatter } from '../../../web/src/format';
import { celebrationText, recapLine } from '../../../web/src/tv/celebration-text';
import type { Celebration } from '../../../web/src/tv/celebrations';
import { sampleModel, sampleSnapshot } from '../helpers';

const { index, fmt } = sampleModel();

describe('celebrationText', () => {
  it.each<[Celebration, string | null, string]>([
    [
      { kind: 'deal_won', id: 'a', repId: 'r4', amount: 48000 },
      '€48,000',
      'Dan Okafor won a deal!',
    ],
    [
      { kind: 'big_deal', id: 'b', repId: 'r4', amount: null, message: null },
      null,
      'Dan Okafor closed a big deal!',
    ],
    [
      { kind: 'new_leader', id: 'c', repId: 'r1', board: '2026-11' },
      null,
      'Ada Lovelace is the new #1!',
    ],
    [
      { kind: 'overtake', id: 'd', repId: 'r1', passedRepId: 'r5', board: '2026-11' },
      null,
      'Ada Lovelace passed Eve Martin!',
    ],
    [
      { kind: 'target_hit', id: 'e', repId: 'r5', period: 'November 2026' },
      null,
      'Eve Martin hit target!',
    ],
    [
      { kind: 'level_up', id: 'f', repId: 'r5', level: 6, title: 'Rainmaker' },
      null,
      'Eve Martin reached level 6!',
    ],
    [{ kind: 'streak', id: 'g', repId: 'r5', days: 10 }, null, 'Eve Martin: 10 days in a row!'],
  ])('%o', (c, amount, title) => {
    const t = celebrationText(index, fmt, c);
    expect([t.amount, t.title]).toEqual([amount, title]);
  });

  it('never shows an amount when the team does not publish amounts', () => {
    const snap = sampleSnapshot();
    snap.team.publishAmounts = false;
    const hidden = makeFormatter(snap.team, 'en-US');
    // A hidden snapshot carries no values, so the diff gives null; the words never invent one.
    const t = celebrationText(indexSnapshot(snap), hidden, {
      kind: 'deal_won',
      id: 'a',
      repId: 'r4',
      amount: null,
    });
    expect(t.amount).toBeNull();
  });

  it('writes a recap line with the amount after the title', () => {
    expect(recapLine(index, fmt, { kind: 'deal_won', id: 'a', repId: 'r4', amount: 5000 })).toBe(
      'Dan Okafor won a deal: €5,000',
    );
  });
});
