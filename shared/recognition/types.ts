// A recognition feed entry: a manual hi-five, shout-out or award, or one the engine wrote (with a typed caption).
import type { Day } from '../time';

export type FeedKind = 'hi-five' | 'shout-out' | 'award' | 'badge' | 'contest_won' | 'big_deal';

/** What an automatic entry says, as data; the manager's and the public words write it. */
export type FeedCaption =
  | {
      readonly kind: 'badge_earned';
      readonly badgeId: string;
      /** The window the badge was earned for, named in the team's calendar; null for once-ever badges. */
      readonly window: { readonly label: string; readonly name: string } | null;
    }
  | {
      readonly kind: 'contest_won';
      readonly contestId: string;
      readonly contestName: string;
      /** The winning team, for team contests; null when a rep won. */
      readonly team: string | null;
    }
  | {
      readonly kind: 'big_deal';
      /** No deal id (private: it often names the account); the Deals row says which deal. */
      /** Money: the public words show it only through the public policy. */
      readonly amount: number;
      readonly source: { readonly tab: 'Deals'; readonly row: number };
    };

export type FeedCaptionKind = FeedCaption['kind'];

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
  /** A person's message, as typed in Recognition (manual entries only). */
  readonly message: string | null;
  /** What an automatic entry (badge, contest won, big deal) says; null for manual entries. */
  readonly caption: FeedCaption | null;
  readonly badgeId: string | null;
  readonly contestId: string | null;
  readonly public: boolean;
}
