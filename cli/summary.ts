// Words for the CLI summary of a snapshot: one renderer per summary fact (summary-facts.ts).
import { formatIsoDay, formatPct, formatTenths, roundTo } from '../shared/format';
import { type Snapshot, withheldTeamsText } from '../shared/snapshot';
import { grouped } from './args';
import { type SummaryFact, type SummaryFactKind, summaryFacts, type Who } from './summary-facts';

const LENS_TITLES: Record<string, string> = {
  revenue: 'Revenue',
  attainment: '% of target',
  activity_points: 'Activity points',
  improvement: 'Most improved',
};

export function formatValue(value: number | null, unit: string, currency: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return currency === 'USD' ? `$${grouped(value)}` : `${grouped(value)} ${currency}`;
    case 'percent':
      return formatPct(value);
    case 'pct_points':
      return `${roundTo(value, 1) > 0 ? '+' : ''}${formatTenths(value)} pts`;
    default:
      return formatTenths(value);
  }
}

type Words = {
  readonly [K in SummaryFactKind]: (
    fact: Extract<SummaryFact, { kind: K }>,
    currency: string,
  ) => string;
};

const named = (who: Who) => who ?? 'a private rep';

export const SUMMARY_WORDS: Words = {
  team: (f) => `${f.name}, as of ${formatIsoDay(f.asOf)} (${f.timeZone})`,
  blank: () => '',
  month: (f) => `This month (${f.period}):`,
  board: (f, currency) => {
    const top = f.top.map(
      (e) => `${e.rank}. ${named(e.who)} ${formatValue(e.value, f.unit, currency)}`,
    );
    return `  ${(LENS_TITLES[f.lens] ?? f.lens).padEnd(16)} ${top.length > 0 ? top.join('   ') : '(no entries yet)'}`;
  },
  live_contests: (f) => (f.count > 0 ? 'Live contests:' : 'No live contests.'),
  live_contest: (f, currency) => {
    const lead =
      f.withheldTeams.length > 0
        ? withheldTeamsText(f.withheldTeams)
        : f.leader
          ? `${named(f.leader.who)} leads with ${formatValue(f.leader.value, f.unit, currency)}${f.contestKind === 'streak' ? ' working days in a row' : ''}`
          : 'no entries yet';
    return `  ${f.name} (until ${formatIsoDay(f.end)}): ${lead}`;
  },
  recent_badges: (f) => (f.count > 0 ? 'Recent badges:' : 'No badges earned yet.'),
  recent_badge: (f) =>
    `  ${formatIsoDay(f.earnedOn).padStart(11)}  ${f.icon ? f.icon + ' ' : ''}${f.name}: ${named(f.who)}`,
};

export function summaryText(fact: SummaryFact, currency: string): string {
  return (SUMMARY_WORDS[fact.kind] as (f: SummaryFact, c: string) => string)(fact, currency);
}

/** The summary `bellringer start` prints, one line each. */
export function snapshotSummary(snapshot: Snapshot, topN = 3): string[] {
  const currency = snapshot.team.currency;
  return summaryFacts(snapshot, topN).map((f) => summaryText(f, currency));
}
