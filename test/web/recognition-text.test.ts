// Feed wording: human messages are quoted, automatic captions are plain and never repeat the headline.
import { describe, expect, it } from 'vitest';
import type { RecognitionEntry } from '../../shared/snapshot';
import { captionAfter, recognitionDetail } from '../../web/src/recognition-text';
import { sampleModel } from './helpers';

const { index } = sampleModel();

function entry(over: Partial<RecognitionEntry>): RecognitionEntry {
  return {
    id: 'x',
    date: '2026-11-20',
    kind: 'hi-five',
    toRepId: 'r5',
    from: null,
    message: null,
    badgeId: null,
    contestId: null,
    ...over,
  };
}

describe('captionAfter', () => {
  it.each([
    // [headline phrase, engine message, badge icon, caption]
    ['earned On Fire', 'Earned 🔥 On Fire (bronze).', '🔥', 'Bronze'],
    [
      'earned On Target',
      'Earned 🎯 On Target (bronze) for FY2027 Q1.',
      '🎯',
      'Bronze for FY2027 Q1',
    ],
    ['earned On Fire', 'Earned On Fire.', null, null],
    ['won November Race', 'Won November Race.', null, null],
    ['won Team Cup', 'Won Team Cup with team North.', null, 'With team North'],
    ['closed a big deal', 'Closed a big deal: $52,000.', null, '$52,000'],
    ['closed a big deal', 'Closed a big deal.', null, null],
    ['closed a big deal', 'Globex signed', null, 'Globex signed'],
  ])('under "%s", "%s" reads %j', (phrase, message, icon, caption) => {
    expect(captionAfter(phrase, message, icon)).toBe(caption);
  });
});

describe('recognitionDetail', () => {
  it.each(['hi-five', 'shout-out', 'award'] as const)(
    'quotes a %s message word for word',
    (kind) => {
      const r = entry({ kind, message: 'Earned it. <b>Really</b>', badgeId: 'b-team-player' });
      expect(recognitionDetail(index, r)).toEqual({
        text: 'Earned it. <b>Really</b>',
        quote: true,
      });
    },
  );

  it('drops an automatic badge message that only repeats the headline, and keeps what it adds', () => {
    const badge = index.badges.get('b-gold-closer')!;
    const icon = badge.icon ? `${badge.icon} ` : '';
    const plain = entry({
      kind: 'badge',
      badgeId: badge.id,
      message: `Earned ${icon}${badge.name}.`,
    });
    expect(recognitionDetail(index, plain)).toBeNull();
    const windowed = entry({
      kind: 'badge',
      badgeId: badge.id,
      message: `Earned ${icon}${badge.name} (gold) for Nov 2026.`,
    });
    expect(recognitionDetail(index, windowed)).toEqual({ text: 'Gold for Nov 2026', quote: false });
  });

  it('shows an automatic message that says something else as a plain caption', () => {
    const r = entry({ kind: 'big_deal', message: 'Closed Acme Corp' });
    expect(recognitionDetail(index, r)).toEqual({ text: 'Closed Acme Corp', quote: false });
  });

  it('has nothing to show without a message', () => {
    expect(recognitionDetail(index, entry({ kind: 'shout-out' }))).toBeNull();
  });
});
