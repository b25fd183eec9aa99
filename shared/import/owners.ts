// Owner → rep: by rep_id, then email, then exact name; a close name is asked; anyone else is proposed as a new, private rep.
import { editDistance } from '../workbook';
import { NEW_REP } from './mapping';

/** What the import needs to know about a rep already in Reps. */
export interface KnownRep {
  readonly repId: string;
  readonly name: string;
  readonly email: string | null;
}

export type OwnerMatch =
  | {
      readonly kind: 'rep';
      readonly repId: string;
      readonly how: 'answer' | 'id' | 'email' | 'name';
    }
  /** A rep whose name is a small edit away: the manager confirms. */
  | { readonly kind: 'close'; readonly repId: string; readonly name: string }
  | { readonly kind: 'new' };

/** Names compared without case, accents, dots or extra spaces: `José  Núñez` = `jose nunez`. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
}

/** `Smith, Ann` → `Ann Smith`: CRMs that sort by last name write owners that way. */
function firstLast(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Matches owners against Reps once per distinct owner (an export names each owner many times). */
export function ownerMatcher(reps: readonly KnownRep[], answers: ReadonlyMap<string, string>) {
  const byId = new Map(reps.map((r) => [r.repId, r]));
  const byEmail = new Map<string, KnownRep>();
  const byName = new Map<string, KnownRep>();
  for (const r of reps) {
    if (r.email) byEmail.set(r.email.trim().toLowerCase(), r);
    if (!byName.has(nameKey(r.name))) byName.set(nameKey(r.name), r);
  }
  return (owner: string, email: string | null): OwnerMatch => {
    const answer = answers.get(owner);
    if (answer === NEW_REP) return { kind: 'new' };
    if (answer !== undefined && byId.has(answer))
      return { kind: 'rep', repId: answer, how: 'answer' };
    if (byId.has(owner)) return { kind: 'rep', repId: owner, how: 'id' };
    const mail = (email ?? (isEmail(owner) ? owner : '')).trim().toLowerCase();
    const byMail = mail === '' ? undefined : byEmail.get(mail);
    if (byMail) return { kind: 'rep', repId: byMail.repId, how: 'email' };
    const key = nameKey(firstLast(owner));
    const named = byName.get(key);
    if (named) return { kind: 'rep', repId: named.repId, how: 'name' };
    let best: KnownRep | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const r of reps) {
      const d = editDistance(key, nameKey(r.name));
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    // One or two letters off in a name of 5 or more (`Jon Smith`, `Ann Smyth`) is worth asking.
    if (best && key.length >= 5 && bestDistance <= 2)
      return { kind: 'close', repId: best.repId, name: best.name };
    return { kind: 'new' };
  };
}

/** A rep_id for a new rep: the name in lower-case ASCII words joined by `-`, unique among `taken`. */
export function newRepId(owner: string, taken: ReadonlySet<string>): string {
  const base =
    nameKey(isEmail(owner) ? owner.split('@')[0]!.replace(/[._]+/g, ' ') : firstLast(owner))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'rep';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
