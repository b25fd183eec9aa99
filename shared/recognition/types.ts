// A recognition feed entry: a manual hi-five, shout-out or award, or one the engine wrote.
import type { Day } from '../time/types';

export type FeedKind = 'hi-five' | 'shout-out' | 'award' | 'badge' | 'contest_won' | 'big_deal';

export interface FeedEntry {
  /** Stable across runs for the same source: `rec-<row>`, `badge-…`, `contest-…`, `deal-…`. */
  readonly id: string;
  readonly day: Day;
  readonly kind: FeedKind;
  readonly toRepId: string;
  /** Display text of the sender for the sheet: a rep's name or the typed name; never an email. */
  readonly from: string | null;
  /** The sender's rep id when the sender is a rep (the snapshot names only public reps). */
  readonly fromRepId: string | null;
  /** The sender as typed when not a rep, without emails. */
  readonly fromText: string | null;
  readonly message: string | null;
  readonly badgeId: string | null;
  readonly contestId: string | null;
  readonly public: boolean;
}
