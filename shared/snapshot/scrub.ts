// The last pass over the snapshot: no text field, ids included, names a hidden rep or holds an email.
import { type NameDirectory, scrubText } from './names';
import type { Snapshot } from './schema';

/**
 * Fields left as they are: values fixed by the schema (kinds, units, statuses, tiers), dates and
 * period labels the engine writes, and a public rep's own display name and initials (a public rep
 * may share a hidden rep's name; their own name is theirs to show). Paths use `*` for array items.
 */
const KEEP = new Set([
  'schema',
  'generatedAt',
  'asOf',
  'team.currency',
  'team.timeZone',
  'team.weekStartsOn',
  'periods.*.kind',
  'periods.*.label',
  'periods.*.name',
  'periods.*.start',
  'periods.*.end',
  'periods.*.previousLabel',
  'periods.*.previousName',
  'reps.*.name',
  'reps.*.initials',
  'leaderboards.*.periodKind',
  'leaderboards.*.period',
  'leaderboards.*.lens',
  'leaderboards.*.unit',
  'contests.*.kind',
  'contests.*.unit',
  'contests.*.start',
  'contests.*.end',
  'contests.*.status',
  'contests.*.rulesHash',
  'contests.*.standings.*.finishedAt',
  'badges.*.kind',
  'badges.*.tier',
  'awards.*.earnedOn',
  'awards.*.window',
  'awards.*.windowName',
  'recognition.*.date',
  'recognition.*.kind',
]);

/**
 * Every other string of the snapshot goes through scrubText: team, contest and badge names,
 * prizes, descriptions, explanations, messages, ids and keys alike. New fields are scrubbed
 * without anyone remembering to: the pass fails closed. The same text always scrubs the same way,
 * so an id stays equal to its references.
 */
export function scrubSnapshot(snapshot: Snapshot, names: NameDirectory): Snapshot {
  const memo = new Map<string, string>();
  const scrub = (text: string) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = scrubText(text, names);
      memo.set(text, out);
    }
    return out;
  };
  return walk(snapshot, '', scrub) as Snapshot;
}

/** Subtrees of numbers and dates only (race points: most of a large snapshot), kept as they are. */
const KEEP_TREE = new Set(['contests.*.series.*.points']);

function walk(value: unknown, path: string, scrub: (text: string) => string): unknown {
  if (KEEP_TREE.has(path)) return value;
  if (typeof value === 'string') return KEEP.has(path) ? value : scrub(value);
  if (Array.isArray(value)) {
    const item = path === '' ? '*' : `${path}.*`;
    return value.map((v) => walk(v, item, scrub));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = walk(v, path === '' ? key : `${path}.${key}`, scrub);
    }
    return out;
  }
  return value;
}
