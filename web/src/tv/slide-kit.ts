// What every TV slide renderer gets, and the list box that sizes its type to fit the screen.
import { html, nothing } from 'lit';
import type { SnapshotContest, Standing } from '../../../shared/snapshot';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import type { SiteOptions } from '../params';
import type { TvPage } from './pages';

export interface SlideContext {
  readonly index: SnapshotIndex;
  readonly fmt: Formatter;
  readonly options: SiteOptions;
  /** Epoch milliseconds, for contest countdowns. */
  readonly now: number;
  /** How many rows a list shows (the team's TV top N, clamped). */
  readonly topN: number;
  /** Which page of the slide: the lens, the contests on it. */
  readonly page: TvPage;
  /** The rep picked as "me" on this device (rarely set on a wall): their rows are marked "You". */
  readonly me: string | null;
}

/** Row heights in ems (content plus breathing room), from which the TV sizes its list type. */
/** One line (no "Level …" sub-line on the TV) beside a 2em avatar: 10 rows get ≥ 32px type at 1080p. */
export const BAR_ROW_EM = 2.25;
export const LINE_ROW_EM = 1.9;
export const FEED_ROW_EM = 3.4;
/** Short lists keep a compact rhythm at the top instead of spreading over the whole card. */
export const MIN_SLOTS = 6;

/** "You" beside the value in the row of the rep who picked themselves on this device. */
export function youTag(me: boolean | undefined) {
  return me ? html`<span class="you">You</span> ` : nothing;
}

/** The standing of the rep picked as "me" on this device, or their team's in a team contest. */
export function isMine(ctx: SlideContext, c: SnapshotContest, s: Standing): boolean {
  if (!ctx.me) return false;
  if (c.kind !== 'team') return s.repId === ctx.me;
  const team = ctx.index.reps.get(ctx.me)?.team ?? null;
  return team !== null && s.repId === null && s.team === team;
}

/** A list that shares the panel's remaining height among `slots` rows of `rowEm` ems each. */
export function fitList(slots: number, rowEm: number, content: unknown) {
  return html`<div class="fit" style=${`--br-rows:${Math.max(1, slots)};--br-row-em:${rowEm}`}>${content}</div>`;
}
