// What the CLI summary says, as facts read from the public snapshot: boards, live contests, badges.
import { compareText } from '../shared/order';
import type { Snapshot } from '../shared/snapshot';

/** A name as the public snapshot allows it: a public rep's name, a team, or null (a private rep). */
export type Who = string | null;

export interface Placed {
  readonly rank: number;
  readonly who: Who;
  readonly value: number | null;
}

/** One line (or block heading) of the summary; words: summary.ts. */
export type SummaryFact =
  | {
      readonly kind: 'team';
      readonly name: string;
      readonly asOf: string;
      readonly timeZone: string;
    }
  | { readonly kind: 'blank' }
  | { readonly kind: 'month'; readonly period: string }
  | {
      readonly kind: 'board';
      readonly lens: string;
      readonly unit: string;
      readonly top: readonly Placed[];
    }
  | { readonly kind: 'live_contests'; readonly count: number }
  | {
      readonly kind: 'live_contest';
      readonly name: string;
      readonly end: string;
      readonly contestKind: string;
      readonly unit: string;
      readonly leader: Placed | null;
      /** Teams whose total is withheld: then no standings are published (snapshot ranked.ts). */
      readonly withheldTeams: readonly string[];
    }
  | { readonly kind: 'recent_badges'; readonly count: number }
  | {
      readonly kind: 'recent_badge';
      readonly earnedOn: string;
      readonly icon: string | null;
      readonly name: string;
      readonly who: Who;
    };

export type SummaryFactKind = SummaryFact['kind'];

/** Month boards (top `topN` each), live contests with their leader, the five newest badges. */
export function summaryFacts(snapshot: Snapshot, topN = 3): SummaryFact[] {
  const names = new Map(snapshot.reps.map((r) => [r.id, r.name]));
  const who = (repId: string | null, team?: string | null): Who =>
    repId === null ? (team ?? null) : (names.get(repId) ?? repId);
  const facts: SummaryFact[] = [
    {
      kind: 'team',
      name: snapshot.team.name,
      asOf: snapshot.asOf,
      timeZone: snapshot.team.timeZone,
    },
  ];
  const month = snapshot.leaderboards.filter((b) => b.periodKind === 'month');
  if (month.length > 0) facts.push({ kind: 'blank' }, { kind: 'month', period: month[0]!.period });
  for (const board of month) {
    const top = board.entries
      .slice(0, topN)
      .map((e) => ({ rank: e.rank, who: who(e.repId), value: e.value }));
    facts.push({ kind: 'board', lens: board.lens, unit: board.unit, top });
  }
  const live = snapshot.contests.filter((c) => c.status === 'live');
  facts.push({ kind: 'blank' }, { kind: 'live_contests', count: live.length });
  for (const c of live) {
    const first = c.standings.find((s) => s.rank === 1);
    facts.push({
      kind: 'live_contest',
      name: c.name,
      end: c.end,
      contestKind: c.kind,
      unit: c.unit,
      leader: first ? { rank: 1, who: who(first.repId, first.team), value: first.value } : null,
      withheldTeams: c.withheldTeams ?? [],
    });
  }
  const badges = new Map(snapshot.badges.map((b) => [b.id, b]));
  const recent = [...snapshot.awards]
    .sort((a, b) => compareText(b.earnedOn, a.earnedOn))
    .slice(0, 5);
  facts.push({ kind: 'blank' }, { kind: 'recent_badges', count: recent.length });
  for (const a of recent) {
    const badge = badges.get(a.badgeId);
    facts.push({
      kind: 'recent_badge',
      earnedOn: a.earnedOn,
      icon: badge?.icon ?? null,
      name: badge?.name ?? a.badgeId,
      who: who(a.repId),
    });
  }
  return facts;
}
