// The contest kinds: the one list the Contests tab, the evaluators, the words and the snapshot schema derive from.
// A leaf module (no imports) so the site's snapshot schema can use it without the workbook parser.

export const CONTEST_KINDS = [
  'most',
  'percent_of_target',
  'first_to',
  'team',
  'streak',
  'improvement',
] as const;
export type ContestKind = (typeof CONTEST_KINDS)[number];
