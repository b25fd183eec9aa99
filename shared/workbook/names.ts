// Activity-type and metric names: trimmed, lower-case, singular, so `Calls` and `call` are one type.

import { Bad, type Coercer, text } from './cells';
import { headerKey } from './headers';
import { BUILTIN_METRICS } from './metric-names';

const BUILTIN_BY_KEY = new Map<string, string>(BUILTIN_METRICS.map((m) => [headerKey(m), m]));

// Singular of the last word. Deliberately simple and predictable: `-ies` -> `-y` (replies),
// `-ches/-shes/-sses/-xes/-zes` drop `es` (pitches, classes), other `-s` drop `s` (calls, demos),
// except `-ss`, `-us`, `-is` (class, status, analysis), and words of 3 letters or fewer (sms, bus).
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `Calls ` -> `call`, `Site  Visits` -> `site visit`. Empty text stays empty. */
export function normalizeActivityType(name: string): string {
  const s = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const space = s.lastIndexOf(' ');
  return space < 0 ? singular(s) : s.slice(0, space + 1) + singular(s.slice(space + 1));
}

/** A metric name: a built-in metric (`Won Deals` -> `won_deals`) or an activity type. */
export function normalizeMetric(name: string): string {
  return BUILTIN_BY_KEY.get(headerKey(name)) ?? normalizeActivityType(name);
}

/** Fast path for the hot Activities column: most cells repeat a handful of spellings. */
const typeCache = new Map<string, string>();

export const activityTypeCell: Coercer<string> = (cell, env) => {
  if (typeof cell === 'string') {
    let t = typeCache.get(cell);
    if (t === undefined) {
      t = normalizeActivityType(cell);
      if (typeCache.size < 10_000) typeCache.set(cell, t);
    }
    return t === '' ? new Bad('is blank', 'Fill in the activity type.') : t;
  }
  const s = text(cell, env);
  return s instanceof Bad ? s : normalizeActivityType(s);
};

export const metricCell: Coercer<string> = (cell, env) => {
  const s = text(cell, env);
  return s instanceof Bad ? s : normalizeMetric(s);
};
