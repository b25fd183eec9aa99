// Ranked lists as published: leaderboards and contest standings under the small-group and money rules.
import { compareText } from '../order';
import { publishedRows, reranker, totalMayShow } from './disclosure';
import type { ContestInput, LeaderboardInput } from './input';
import { leadingSeries } from './limits';
import {
  measuresMoney,
  moneyHidden,
  type PublicPolicy,
  publicMoney,
  publicMoneyShare,
} from './public-policy';
import type { Snapshot } from './schema';
import type { TeamGroups } from './teams';
import { contestUnit, lensUnit } from './units';
import { publicRulesText, publicStandingText } from './words/contests';
import { publicLeaderboardText } from './words/leaderboards';

const ANONYMOUS = 'A teammate who is not listed publicly.';
/** A team total that is not shown: with one or two hidden members it would give their result. */
const WITHHELD =
  "The team's total is not shown: it includes teammates who are not listed publicly.";

export function publicLeaderboard(
  board: LeaderboardInput,
  visible: ReadonlySet<string>,
  policy: PublicPolicy,
): Snapshot['leaderboards'][number] {
  const unit = lensUnit(board.lens);
  const rows = publishedRows(
    board.entries.map((e) => ({ ...e, shown: e.repId !== null && visible.has(e.repId) })),
  );
  const reranked = rows.length < board.entries.length;
  const previousAmongKept = reranker(
    rows.map((r) => r.row),
    (k) => k.previousRank,
  );
  return {
    periodKind: board.periodKind,
    period: board.period,
    lens: board.lens,
    unit,
    entries: rows.map(({ row: e, shown, rank }) => {
      if (!shown)
        return { rank, repId: null, value: null, previousRank: null, explanation: ANONYMOUS };
      // Without the hidden rows, last period's ranks close up too, or their gaps would show.
      const previousRank =
        reranked && e.previousRank !== null ? previousAmongKept(e.previousRank) : e.previousRank;
      return {
        rank,
        repId: e.repId,
        value: unit === 'money' && e.value !== null ? publicMoney(policy, e.value) : e.value,
        previousRank,
        explanation: publicLeaderboardText(e.fact, policy),
      };
    }),
  };
}

export function publicContest(
  c: ContestInput,
  visible: ReadonlySet<string>,
  teams: TeamGroups,
  policy: PublicPolicy,
): Snapshot['contests'][number] {
  const unit = contestUnit(c.kind, c.metric);
  const money = unit === 'money';
  const teamContest = c.kind === 'team';
  // A team row shows its total only when it holds no hidden rep or at least MIN_GROUP of them.
  const totalShows = (team: string | null | undefined) =>
    team != null && totalMayShow(teams.hiddenMembers(team));
  const rows = publishedRows(
    c.standings.map((s) => ({
      ...s,
      shown: teamContest
        ? s.team != null && teams.nameable(s.team)
        : s.repId !== null && visible.has(s.repId),
    })),
    teamContest ? Number.POSITIVE_INFINITY : undefined,
  );
  const shownKeys = new Set(
    rows
      .filter((r) => r.shown && (!teamContest || totalShows(r.row.team)))
      .map((r) => (teamContest ? (r.row.team ?? null) : r.row.repId)),
  );
  // A team whose total is withheld: the order would still say "North is ahead of South's $X",
  // a bound on the hidden reps' result, so the contest then publishes no standings at all.
  const withheldTeams = teamContest
    ? rows
        .filter((r) => r.shown && !totalShows(r.row.team))
        .map((r) => r.row.team!)
        .sort(compareText)
    : [];
  const progressShows = progressBasePublished(c, moneyHidden(policy, money));
  // "Tied with rank N" says that row's value equals this one: only a row whose value is published
  // may be pointed at (under its new rank), and with amounts hidden not even that.
  const tiedWith = (s: ContestInput['standings'][number]): number | null => {
    if (s.tiedWithRank === null || moneyHidden(policy, money)) return null;
    const above = rows.find((r) => r.row.rank === s.tiedWithRank && r.row.value === s.value);
    if (!above?.shown || (teamContest && !totalShows(above.row.team))) return null;
    return above.rank;
  };
  const published = {
    ...c,
    standings: rows.map((r) => ({ ...r.row, rank: r.rank })),
    // Only named participants draw a line, and none at all for amounts that are hidden: a line
    // rescaled to the leader still gives every amount from any one of them.
    // A percent-of-target line on a money metric is a rep's money over time in the unit of
    // their target: with a written bar (a first-to contest's finish day) two of its points bound
    // the target, and so the money, to a band (found by review). Hidden amounts draw no such line.
    series:
      moneyHidden(policy, money) ||
      (c.kind === 'percent_of_target' && moneyHidden(policy, measuresMoney(c.metric)))
        ? []
        : c.series.filter((s) => shownKeys.has(s.key)),
  };
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    metric: c.metric,
    unit,
    start: c.start,
    end: c.end,
    goal: money && c.goal !== null ? publicMoney(policy, c.goal) : c.goal,
    team: c.team,
    prize: c.prize,
    description: c.description,
    status: c.status,
    rulesHash: c.rulesHash,
    rules: publicRulesText(c.rules, policy),
    standings: (withheldTeams.length > 0 ? [] : rows).map(({ row: s, shown, rank }) => {
      if (!shown) {
        return {
          rank,
          repId: null,
          team: null,
          value: null,
          progressPct: null,
          finishedAt: null,
          explanation: ANONYMOUS,
        };
      }
      const total = !teamContest || totalShows(s.team);
      return {
        rank,
        repId: teamContest ? null : s.repId,
        team: s.team ?? null,
        value: !total ? null : money && s.value !== null ? publicMoney(policy, s.value) : s.value,
        progressPct: total && progressShows ? publicMoneyShare(policy, money, s.progressPct) : null,
        finishedAt: s.finishedAt,
        explanation: total
          ? publicStandingText({ fact: s.fact, tiedWithRank: tiedWith(s) }, policy)
          : WITHHELD,
      };
    }),
    series: (withheldTeams.length > 0 ? [] : leadingSeries(published)).map((s) => ({
      key: s.key,
      points: s.points.map((p) => ({ day: p.day, value: p.value })),
    })),
    ...(withheldTeams.length > 0 ? { withheldTeams } : {}),
  };
}

/**
 * Whether the standings publish progress. Progress has one meaning on the site: the share of the
 * contest's goal (a total; a streak's goal is a daily bar, not a total). Contests without a goal
 * publish none: "% of the leader" beside "% of the goal" in another contest read as the same
 * thing (issue 14). With amounts hidden a share of a money goal times the goal is the amount.
 */
function progressBasePublished(c: ContestInput, amountsHidden: boolean): boolean {
  return c.kind !== 'streak' && c.goal !== null && c.goal > 0 && !amountsHidden;
}
