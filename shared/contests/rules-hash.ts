// A short, stable fingerprint of a contest's rules, so a rule changed after the start is visible.
import { isoDay } from '../time';
import type { Contest } from '../workbook';

/** The rule fields of a contest: what the hash covers and what the rule words read. */
export type ContestRules = Pick<Contest, 'kind' | 'metric' | 'start' | 'end' | 'goal' | 'team'>;

/** 32-bit FNV-1a over UTF-16 code units; enough to notice an edit, not meant to resist forgery. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The canonical rules text that is hashed: name, prize and description are not rules. */
export function canonicalRules(contest: ContestRules): string {
  return JSON.stringify([
    contest.kind,
    contest.metric,
    isoDay(contest.start),
    isoDay(contest.end),
    contest.goal,
    contest.team,
  ]);
}

/** 8 lower-case hex characters. */
export function rulesHash(contest: ContestRules): string {
  return fnv1a(canonicalRules(contest)).toString(16).padStart(8, '0');
}
