// Who may be named in public free text: resolves recognition senders and scrubs private names and emails.
import { compareText } from '../order';
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

/** Case-insensitive, trimmed, inner runs of spaces collapsed: how typed names are compared. */
export function normalName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
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

/** Public free text with every email address and every hidden rep's full name replaced. */
export function scrubText(text: string, names: NameDirectory): string {
  const noEmails = text.replace(EMAIL, (match) => {
    // A sentence's closing punctuation is not part of the address: keep it.
    const tail = /[.]+$/.exec(match)?.[0] ?? '';
    return EMAIL_HIDDEN + tail;
  });
  return names.hiddenPattern === null ? noEmails : noEmails.replace(names.hiddenPattern, TEAMMATE);
}

/** local@domain: anything around an "@" up to spaces, brackets, quotes or separators. */
const EMAIL = /[^\s@<>()[\]{}"',;:]+@[^\s@<>()[\]{}"',;:!?]+/g;

/** One alternation of all hidden names, longest first, each as whole words with flexible spaces. */
function namePattern(hidden: ReadonlySet<string>): RegExp | null {
  if (hidden.size === 0) return null;
  const alternatives = [...hidden]
    .sort((a, b) => b.length - a.length || compareText(a, b))
    .map((name) => name.split(' ').map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
