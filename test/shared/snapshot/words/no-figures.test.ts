// With publish_amounts = no, no public renderer writes a money figure, for any fact of any kind.
import { describe, expect, it } from 'vitest';
import { moneyIn } from '../../../../shared/format';
import { ruleWords } from '../../../../shared/badges';
import { awardWords, progressWords } from '../../../../shared/badges';
import { feedWords } from '../../../../shared/recognition';
import { publicAwardWords } from '../../../../shared/snapshot/words/awards';
import { publicRuleWords } from '../../../../shared/snapshot/words/badge-rules';
import { publicProgressWords } from '../../../../shared/snapshot/words/progress';
import { publicCaptionWords } from '../../../../shared/snapshot/words/recognition';
import { AWARD_FACTS, PLANTED_FIGURES, PROGRESS_FACTS, RULES } from '../../badges/fact-samples';

const DEAL = {
  kind: 'big_deal' as const,
  amount: 2345678,
  source: { tab: 'Deals' as const, row: 3 },
};

function texts(publishAmounts: boolean, currency: string): string[] {
  const p = { currency, publishAmounts };
  return [
    ...Object.values(AWARD_FACTS).map((f) => publicAwardWords(f, 'B', p)),
    ...Object.values(PROGRESS_FACTS).map((f) => publicProgressWords(f, 10, p)),
    ...Object.values(RULES).map((r) => publicRuleWords(r, p)),
    publicCaptionWords(DEAL, new Map(), p),
  ];
}

/** Any planted amount, in any rounding a formatter might give it. */
const FIGURE = new RegExp(PLANTED_FIGURES.map((f) => f.slice(0, 5)).join('|'));

describe('public words with publish_amounts = no', () => {
  it.each(['USD', 'EUR', 'SEK'])('write no planted amount and no currency (%s)', (currency) => {
    for (const text of texts(false, currency)) {
      expect(text).not.toMatch(FIGURE);
      expect(text).not.toMatch(/[$€]|SEK/);
    }
  });

  it('control: the same facts do show the amounts when they are published, and to the manager', () => {
    const shown = texts(true, 'USD').join('\n');
    const manager = [
      ...Object.values(AWARD_FACTS).map((f) => awardWords({ fact: f }, 'B', 'USD')),
      ...Object.values(PROGRESS_FACTS).map((f) => progressWords({ fact: f, pct: 10 }, 'USD')),
      ...Object.values(RULES).map((r) => ruleWords(r, moneyIn('USD'))),
      feedWords({ message: null, caption: DEAL }, new Map(), 'USD') ?? '',
    ].join('\n');
    for (const figure of PLANTED_FIGURES) {
      expect(shown).toContain(figure);
      expect(manager).toContain(figure);
    }
  });
});
