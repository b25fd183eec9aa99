// The org wall's playlist: the league, the top reps across teams, each org contest, and the teams not up to date, with the rows each page shows.
import type { OrgContest } from './contests';
import type { League, LeagueRow } from './league';

export type OrgTvPage =
  | { readonly slide: 'league' }
  | { readonly slide: 'top_reps' }
  | { readonly slide: 'contest'; readonly key: string }
  | { readonly slide: 'stale' };

/** Rows one wall page shows: readable from across the room (the team wall's TV_MAX_ROWS is 15). */
export const ORG_TV_ROWS = 10;

/**
 * League, top reps, every live org contest (a finished one is not news on a wall), then the stale
 * notice only when some team is stale or not loaded: a wall never hides that part of the org is
 * missing, and never shows it as a team at zero.
 */
export function orgTvPages(
  league: League,
  contests: readonly OrgContest[],
  slides: readonly OrgSlide[] = ORG_SLIDES,
): OrgTvPage[] {
  const bySlide: { readonly [K in OrgSlide]: () => OrgTvPage[] } = {
    league: () => [{ slide: 'league' }],
    top_reps: () => (league.topReps.length > 0 ? [{ slide: 'top_reps' }] : []),
    contests: () =>
      contests.filter((c) => c.status === 'live').map((c) => ({ slide: 'contest', key: c.key })),
    stale: () => (league.rows.some((r) => r.status !== 'fresh') ? [{ slide: 'stale' }] : []),
  };
  const pages = slides.flatMap((s) => bySlide[s]());
  // A wall always has a page: the league, when the chosen slides have nothing to show.
  return pages.length > 0 ? pages : [{ slide: 'league' }];
}

/** The org wall's slides, as `slides=` names them (the team wall's option): all by default. */
export const ORG_SLIDES = ['league', 'top_reps', 'contests', 'stale'] as const;
export type OrgSlide = (typeof ORG_SLIDES)[number];

export function readOrgSlides(search: string): OrgSlide[] {
  const named = (new URLSearchParams(search).get('slides') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(
      (s, i, all): s is OrgSlide =>
        (ORG_SLIDES as readonly string[]).includes(s) && all.indexOf(s) === i,
    );
  return named.length > 0 ? named : [...ORG_SLIDES];
}

/**
 * The ranked rows a wall shows: the top ones only, never the bottom, and never a team without a
 * figure (it is on the stale page instead). A tie at the cut is kept whole up to `max`.
 */
export function topRanked<T extends { readonly rank: number | null }>(
  rows: readonly T[],
  limit = ORG_TV_ROWS,
  max = limit + 5,
): (T & { readonly rank: number })[] {
  const ranked = rows.filter((r): r is T & { readonly rank: number } => r.rank !== null);
  const cut = ranked.slice(0, limit);
  const last = cut.at(-1);
  if (!last) return [];
  const tied = ranked.slice(limit).filter((r) => r.rank === last.rank);
  if (cut.length + tied.length <= max) return [...cut, ...tied];
  // A tie too long to show whole is left out whole: the rows before it stay.
  return cut.filter((r) => r.rank !== last.rank);
}

export interface StaleNotice {
  /** Stale teams: name and the note saying since when (their figures still count). */
  readonly stale: readonly Pick<LeagueRow, 'team' | 'note'>[];
  /** Teams that could not be loaded at all: not ranked, not zero. */
  readonly notLoaded: readonly string[];
}

export function staleNotice(league: League): StaleNotice {
  return {
    stale: league.rows
      .filter((r) => r.status === 'stale')
      .map((r) => ({ team: r.team, note: r.note })),
    notLoaded: league.rows.filter((r) => r.status === 'unreachable').map((r) => r.team),
  };
}

export function pageTitle(page: OrgTvPage, contests: readonly OrgContest[]): string {
  switch (page.slide) {
    case 'league':
      return 'League of teams';
    case 'top_reps':
      return 'Top reps across teams';
    case 'contest':
      return contests.find((c) => c.key === page.key)?.name ?? 'Org contest';
    case 'stale':
      return 'Teams not up to date';
  }
}
