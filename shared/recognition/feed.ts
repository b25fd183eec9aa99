// The recognition feed: manual rows plus badges earned, contests won and big deals, newest first.
import { compareText } from '../order';
import type { Award } from '../badges';
import { windowNameOf } from '../badges';
import type { ContestResult } from '../contests';
import { isoDay } from '../time';
import type { Day } from '../time';
import { MINUTES_PER_DAY } from '../time';
import type { Deal } from '../workbook';
import type { RunContext } from '../run-context';
import { bigDealBar } from './big-deals';
import type { FeedCaption, FeedEntry, FeedKind } from './types';

/** What the feed reads: the run's reps, recognition, catalogue and calendar, and earlier results. */
export interface FeedInput
  extends Pick<RunContext, 'reps' | 'recognition' | 'badges' | 'asOf' | 'calendar'> {
  readonly awards: readonly Award[];
  readonly contests: readonly ContestResult[];
  readonly deals: readonly Deal[];
  readonly bigDealAmount: number | null;
}

interface Timed extends FeedEntry {
  /** Minute used to order entries within a day. */
  readonly at: number;
}

/** Within a day: later minute first, then this kind order, then id. */
const KIND_ORDER: { readonly [K in FeedKind]: number } = {
  contest_won: 0,
  big_deal: 1,
  badge: 2,
  award: 3,
  'shout-out': 4,
  'hi-five': 5,
};

/** A typed sender that looks like an email is dropped: emails never reach the feed. */
function cleanSender(text: string | null): string | null {
  if (text === null || text.includes('@')) return null;
  const t = text.trim();
  return t === '' ? null : t;
}

function manualEntries(input: FeedInput, names: ReadonlyMap<string, string>): Timed[] {
  return input.recognition
    .filter((r) => r.day <= input.asOf && names.has(r.to))
    .map((r) => {
      const fromText = r.fromRepId === null ? cleanSender(r.from) : null;
      return {
        id: 'rec-' + r.row,
        day: r.day,
        kind: r.kind,
        toRepId: r.to,
        from: r.fromRepId !== null ? (names.get(r.fromRepId) ?? null) : fromText,
        fromRepId: r.fromRepId,
        fromText,
        message: r.message,
        caption: null,
        badgeId: r.badgeId,
        contestId: null,
        public: r.public,
        at: r.at,
      };
    });
}

function automatic(
  id: string,
  day: Day,
  at: number,
  kind: FeedKind,
  toRepId: string,
  caption: FeedCaption,
  extra: Partial<FeedEntry>,
): Timed {
  return {
    id,
    day,
    kind,
    toRepId,
    from: null,
    fromRepId: null,
    fromText: null,
    message: null,
    caption,
    badgeId: extra.badgeId ?? null,
    contestId: extra.contestId ?? null,
    public: extra.public ?? true,
    at,
  };
}

/**
 * Badges given through a Recognition `award` row already appear as that row, so they are not
 * repeated; manual-kind badges the engine grants itself (training, hi-five milestones) do appear.
 */
function badgeEntries(input: FeedInput): Timed[] {
  const byId = new Map(input.badges.map((b) => [b.badgeId, b]));
  const given = new Set(
    input.recognition
      .filter((r) => r.kind === 'award' && r.badgeId !== null)
      .map((r) => `${r.badgeId}|${r.to}|${r.day}`),
  );
  return input.awards.flatMap((a) => {
    const b = byId.get(a.badgeId);
    if (!b || given.has(`${a.badgeId}|${a.repId}|${a.earnedOn}`)) return [];
    const caption: FeedCaption = {
      kind: 'badge_earned',
      badgeId: a.badgeId,
      // A label that does not parse is named as written.
      window:
        a.window === null
          ? null
          : { label: a.window, name: windowNameOf(a.window, input.calendar) ?? a.window },
    };
    const id = 'badge-' + a.badgeId + '-' + a.repId + '-' + (a.window ?? isoDay(a.earnedOn));
    return [
      automatic(id, a.earnedOn, a.earnedOn * MINUTES_PER_DAY, 'badge', a.repId, caption, {
        badgeId: a.badgeId,
        public: b.public,
      }),
    ];
  });
}

/** Winners of final contests, dated on the last day; a winning team's active members each get one. */
function contestEntries(input: FeedInput, names: ReadonlyMap<string, string>): Timed[] {
  const out: Timed[] = [];
  for (const r of input.contests) {
    if (r.status !== 'final') continue;
    const c = r.contest;
    for (const s of r.standings) {
      if (s.rank !== 1) continue;
      const winners =
        s.repId !== null
          ? [s.repId]
          : input.reps.filter((p) => p.active && p.team === s.team).map((p) => p.repId);
      const caption: FeedCaption = {
        kind: 'contest_won',
        contestId: c.contestId,
        contestName: c.name,
        team: s.repId !== null ? null : s.team,
      };
      for (const id of winners) {
        if (!names.has(id)) continue;
        out.push(
          automatic(
            'contest-' + c.contestId + '-' + id,
            c.end,
            c.end * MINUTES_PER_DAY + MINUTES_PER_DAY - 1,
            'contest_won',
            id,
            caption,
            { contestId: c.contestId, public: c.public },
          ),
        );
      }
    }
  }
  return out;
}

/** No account names (customer data) in captions: the amount and the row only. */
function bigDealEntries(input: FeedInput, names: ReadonlyMap<string, string>): Timed[] {
  const bar = bigDealBar(input.deals, input.bigDealAmount);
  if (bar === null || bar <= 0) return [];
  return input.deals
    .filter(
      (d) =>
        d.status === 'won' &&
        d.closeDay !== null &&
        d.closeDay <= input.asOf &&
        d.amount >= bar &&
        names.has(d.repId),
    )
    .map((d) =>
      automatic(
        // Named by its sheet row, not its deal id: a deal id is private (it often names the account).
        'deal-row-' + d.row,
        d.closeDay!,
        d.closeAt ?? d.closeDay! * MINUTES_PER_DAY,
        'big_deal',
        d.repId,
        {
          kind: 'big_deal',
          amount: d.amount,
          source: { tab: 'Deals', row: d.row },
        },
        {},
      ),
    );
}

/**
 * Newest first: day desc, then minute desc, then kind (contest, big deal, badge, award,
 * shout-out, hi-five), then id. Entries for reps not on the Reps tab or inactive are left out.
 */
export function buildFeed(input: FeedInput): FeedEntry[] {
  const names = new Map(input.reps.filter((r) => r.active).map((r) => [r.repId, r.name]));
  const all = [
    ...manualEntries(input, names),
    ...badgeEntries(input),
    ...contestEntries(input, names),
    ...bigDealEntries(input, names),
  ];
  return all
    .filter((e) => names.has(e.toRepId) && e.day <= input.asOf)
    .sort(
      (a, b) =>
        b.day - a.day ||
        b.at - a.at ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        compareText(a.id, b.id),
    )
    .map(({ at: _at, ...entry }) => entry);
}
