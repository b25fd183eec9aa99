// The board lists: period kinds of scorecards and leaderboards, and the leaderboard lenses.
// A leaf module (no imports) so the site's snapshot schema can use them without the engine.

/** Scorecard and leaderboard periods, in display order. */
export const SCORECARD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type ScorecardKind = (typeof SCORECARD_KINDS)[number];

/** Leaderboard lenses, in display order (leaderboard.ts says what each one ranks on). */
export const LENSES = ['revenue', 'attainment', 'activity_points', 'improvement'] as const;
export type Lens = (typeof LENSES)[number];
