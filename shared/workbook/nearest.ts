// The known name closest to an unknown one (a misspelt header, tab or file): edit distance on loose keys.

import { headerKey } from './headers';

/** A header or tab name compared loosely: headerKey, then without punctuation (`Public?` = `public`). */
export function looseKey(name: string): string {
  // Only the start of a very long name is compared: a typo is short, and the distance is quadratic.
  return headerKey(name.slice(0, 100)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance of two short names. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate a small edit away (1 for short names, 2 from 5 letters: a typo, a plural), else
 * one that starts or ends the name or is started by it (`amount_usd` -> `amount`, `deal amount`
 * -> `amount`); null when none is close. Ties go to the earlier candidate.
 */
export function nearestName<T extends string>(name: string, candidates: readonly T[]): T | null {
  const key = looseKey(name);
  if (key === '') return null;
  let best: T | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = looseKey(candidate);
    const allowed = Math.min(key.length, c.length) >= 5 ? 2 : 1;
    const d = editDistance(key, c);
    const part =
      Math.min(key.length, c.length) >= 4 &&
      (key.startsWith(c) || c.startsWith(key) || key.endsWith(c));
    const score = d <= allowed ? d : part ? allowed + 1 : Number.POSITIVE_INFINITY;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
