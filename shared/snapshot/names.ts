// Who may be named in public free text: resolves recognition senders and scrubs private names and emails.
import { compareText } from '../order';
import { fold, foldName, foldsAway } from './fold';
import type { RecognitionInput, SnapshotRepInput } from './input';

/** What replaces an email address in a public message. */
export const EMAIL_HIDDEN = '[email hidden]';
/** What replaces the full name of a rep who is not public (or no longer active). */
export const TEAMMATE = 'a teammate';

export interface NameDirectory {
  /** Display name of each public rep (active and `public = yes`), by id. */
  readonly publicById: ReadonlyMap<string, string>;
  /** Normalised full name → display name, for names that belong only to public reps. */
  readonly publicByName: ReadonlyMap<string, string>;
  /** Normalised full names of reps who are not public or not active. */
  readonly hidden: ReadonlySet<string>;
  /** Matches any hidden full name as whole words; null when every rep is public. */
  readonly hiddenPattern: RegExp | null;
}

/**
 * How typed names are compared: folded (compatibility forms, accents, zero-width characters and
 * case do not matter; see fold.ts), trimmed, inner runs of spaces collapsed.
 */
export function normalName(text: string): string {
  return foldName(text);
}

/**
 * Builds the directory from every rep, active or not. A name shared by a public and a hidden rep
 * counts as hidden: the typed text cannot say which of them it means, so it is never shown.
 */
export function nameDirectory(reps: readonly SnapshotRepInput[]): NameDirectory {
  const publicById = new Map<string, string>();
  const hidden = new Set<string>();
  for (const r of reps) {
    if (r.active && r.public) publicById.set(r.repId, r.name);
    else if (normalName(r.name) !== '') hidden.add(normalName(r.name));
  }
  const publicByName = new Map<string, string>();
  for (const r of reps) {
    const key = normalName(r.name);
    if (r.active && r.public && !hidden.has(key) && !publicByName.has(key)) {
      publicByName.set(key, r.name);
    }
  }
  return { publicById, publicByName, hidden, hiddenPattern: namePattern(hidden) };
}

/**
 * The sender as published: a public rep's display name (by id, or by a typed full name), or typed
 * text that names no rep at all and holds no email address. Anything else is hidden (null).
 */
export function publicSender(r: RecognitionInput, names: NameDirectory): string | null {
  if (r.fromRepId !== null) return names.publicById.get(r.fromRepId) ?? null;
  if (r.fromText === null || r.fromText.includes('@')) return null;
  const key = normalName(r.fromText);
  if (key === '' || names.hidden.has(key)) return null;
  // A typed sender such as "Victor Singh's manager" still must not carry a hidden name.
  return names.publicByName.get(key) ?? scrubText(r.fromText, names);
}

/**
 * Public free text with every email address and every hidden rep's full name replaced. Names are
 * found in the folded text (see fold.ts), so "JOSE\u0301 GARCI\u0301A", "José\u200B García" and
 * "jose-garcia" all match José García; the rest of the text is kept exactly as written.
 */
export function scrubText(text: string, names: NameDirectory): string {
  const noEmails = text.includes('@')
    ? text.replace(EMAIL, (match) => {
        // A sentence's closing punctuation is not part of the address: keep it.
        const tail = /[.]+$/.exec(match)?.[0] ?? '';
        return EMAIL_HIDDEN + tail;
      })
    : text;
  return names.hiddenPattern === null ? noEmails : replaceNames(noEmails, names.hiddenPattern);
}

/** Replaces each match of the folded-name pattern by TEAMMATE, mapping matches back to the text. */
function replaceNames(text: string, pattern: RegExp): string {
  const folded = fold(text);
  let out = '';
  let last = 0;
  for (const m of folded.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const last0 = m.index + m[0].length - 1;
    const start = folded.starts === null ? m.index : folded.starts[m.index]!;
    let end = folded.ends === null ? last0 + 1 : folded.ends[last0]!;
    if (start < last) continue;
    // Marks or invisible characters right after the name belong to it.
    while (end < text.length) {
      const cp = String.fromCodePoint(text.codePointAt(end)!);
      if (!foldsAway(cp)) break;
      end += cp.length;
    }
    out += text.slice(last, start) + TEAMMATE;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** local@domain: anything around an "@" up to spaces, brackets, quotes or separators. */
const EMAIL = /[^\s@<>()[\]{}"',;:]+@[^\s@<>()[\]{}"',;:!?]+/g;

/**
 * One alternation of all hidden names (folded), longest first, each as whole words. Between the
 * words any run of spaces, punctuation or underscores, or nothing: ids and handles such as
 * `victor_singh`, `victor.singh` or `VictorSingh` name the rep as surely as "Victor Singh".
 */
function namePattern(hidden: ReadonlySet<string>): RegExp | null {
  const alternatives = [...hidden]
    .map((name) => name.split(/[\s\p{P}_]+/u).filter(Boolean))
    .filter((words) => words.length > 0)
    .map((words) => words.map(escapeRegExp).join('[\\s\\p{P}_]*'))
    .sort((a, b) => b.length - a.length || compareText(a, b));
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
