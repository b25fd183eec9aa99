// Shapes shared by the contest evaluators, the ranking and the Standings table.
import type { RunContext } from '../run-context';
import type { At, Day } from '../time';
import type { Contest } from '../workbook';
import type { StandingFact } from './facts';

export type ContestStatus = 'upcoming' | 'live' | 'final';

/** What the contest engine reads; a run builds it once and reuses it for every contest. */
export type ContestContext = Pick<RunContext, 'reps' | 'ledger' | 'targets' | 'calendar' | 'asOf'>;

/** The days a contest counts: start..cutoff, where cutoff = min(asOf, end) (< start when upcoming). */
export interface ContestWindow {
  readonly start: Day;
  readonly end: Day;
  readonly cutoff: Day;
}

/** One competitor: a rep, or for `team` contests a team with its member reps. */
export interface Participant {
  readonly repId: string | null;
  readonly team: string | null;
  /** Used only as a tie-break. */
  readonly name: string;
  /** Stable id used as the last tie-break: the rep id or the team name. */
  readonly key: string;
  readonly repIds: readonly string[];
}

/** What a kind evaluator computes for one participant. */
export interface Score {
  readonly value: number | null;
  /** first_to only: the wall-clock minute the goal was crossed. */
  readonly finishedAt: At | null;
  /** When the participant reached its final value (tie-break); null when it never scored. */
  readonly reachedAt: At | null;
  /** Per day of start..cutoff, the value as it stood at the end of that day. */
  readonly series: readonly (number | null)[];
  readonly fact: StandingFact;
}

export interface StandingEntry {
  readonly contestId: string;
  readonly rank: number;
  readonly repId: string | null;
  readonly team: string | null;
  readonly value: number | null;
  readonly progressPct: number | null;
  /** ISO local date-time (`2026-11-26T14:30`) or null. */
  readonly finishedAt: string | null;
  readonly fact: StandingFact;
  /**
   * The rank of the entry just above when the tie-break decided this rank: same result (and
   * finish), but that entry reached it first. Null otherwise.
   */
  readonly tiedWithRank: number | null;
}

export interface RaceSeries {
  /** repId, or the team name for team contests. */
  readonly key: string;
  readonly repId: string | null;
  readonly team: string | null;
  /** Days where the value is known, start..cutoff. */
  readonly points: readonly { readonly day: Day; readonly value: number }[];
}

export interface ContestResult {
  readonly contest: Contest;
  readonly status: ContestStatus;
  readonly rulesHash: string;
  readonly window: ContestWindow;
  /** Best first; ties share a rank. */
  readonly standings: readonly StandingEntry[];
  /** For the race chart, in standings order. */
  readonly series: readonly RaceSeries[];
}
