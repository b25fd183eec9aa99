// The wall's playlist: each slide named in the URL becomes one or more pages (lenses, contest pages, team battles).
import { compareText } from '../../../shared/order';
import type { Lens, SnapshotContest } from '../../../shared/snapshot';
import type { SnapshotIndex } from '../model';
import type { SiteOptions, SlideName } from '../params';

/** Live contests on one page: two cards side by side stay readable from 5 m. */
export const CONTESTS_PER_PAGE = 2;

export type TvPage =
  | { readonly slide: 'leaderboard'; readonly lens: Lens }
  | {
      readonly slide: 'contests';
      readonly contestIds: readonly string[];
      readonly page: number;
      readonly pages: number;
    }
  | { readonly slide: 'team_battle'; readonly contestId: string }
  | { readonly slide: 'badges' }
  | { readonly slide: 'recognition' };

function visibleContests(index: SnapshotIndex, team: string | null): SnapshotContest[] {
  return index.snapshot.contests.filter((c) => !team || c.team === null || c.team === team);
}

/** Contests coming up, soonest first, for the teaser on each contests page. */
export function upcomingContests(index: SnapshotIndex, team: string | null): SnapshotContest[] {
  return visibleContests(index, team)
    .filter((c) => c.status === 'upcoming')
    .sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
}

/**
 * Every live contest is on the wall: individual ones CONTESTS_PER_PAGE to a page, each team
 * contest on a team-battle page of its own. With none live, one page teases what is coming.
 */
function contestPages(index: SnapshotIndex, team: string | null): TvPage[] {
  const live = visibleContests(index, team).filter((c) => c.status === 'live');
  const solo = live.filter((c) => c.kind !== 'team');
  const pages: TvPage[] = [];
  const count = Math.max(1, Math.ceil(solo.length / CONTESTS_PER_PAGE));
  if (solo.length > 0 || live.length === 0)
    for (let p = 0; p < count; p++)
      pages.push({
        slide: 'contests',
        contestIds: solo.slice(p * CONTESTS_PER_PAGE, (p + 1) * CONTESTS_PER_PAGE).map((c) => c.id),
        page: p + 1,
        pages: count,
      });
  for (const c of live.filter((x) => x.kind === 'team'))
    pages.push({ slide: 'team_battle', contestId: c.id });
  return pages;
}

/** The pages of the wall, in the order of `slides`; recomputed when a snapshot arrives. */
export function tvPages(
  index: SnapshotIndex,
  options: Pick<SiteOptions, 'slides' | 'lenses' | 'team'>,
): TvPage[] {
  const bySlide: { readonly [K in SlideName]: () => TvPage[] } = {
    leaderboard: () => options.lenses.map((lens) => ({ slide: 'leaderboard', lens }) as const),
    contests: () => contestPages(index, options.team),
    badges: () => [{ slide: 'badges' }],
    recognition: () => [{ slide: 'recognition' }],
  };
  return options.slides.flatMap((s) => bySlide[s]());
}
