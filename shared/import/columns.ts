// Which export column holds each field: the mapping's choice, else the preset's names, else the generic aliases.
import { headerKey } from '../workbook';
import { fieldsOf, GENERIC_ALIASES, type ImportField, type ImportKind } from './fields';
import type { Mapping } from './mapping';
import { PRESETS, type Preset } from './presets';

export type ColumnIndex = ReadonlyMap<ImportField, number>;

function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h.trim());
    if (k !== '' && !index.has(k)) index.set(k, i);
  });
  return index;
}

/** How many of a preset's first-choice headers the export has (its fingerprint). */
function presetScore(preset: Preset, index: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const names of Object.values(preset.columns))
    if (names?.some((n) => index.has(headerKey(n)))) score++;
  return score;
}

/**
 * The preset the export looks like: the mapping's, else the one with most of its columns present
 * (at least three, and the preset's deal id or owner column among them). Ties go to the earlier one.
 */
export function choosePreset(header: readonly string[], mapping: Mapping): Preset | null {
  if (mapping.preset !== null) return PRESETS.find((p) => p.id === mapping.preset) ?? null;
  const index = headerIndex(header);
  let best: Preset | null = null;
  let bestScore = 2;
  for (const p of PRESETS) {
    if (mapping.kind !== null && p.kind !== mapping.kind) continue;
    // The preset's own id column (its first name: `Record ID`, `Deal - ID`) must be there.
    const key = ((p.kind === 'deals' ? p.columns.deal_id : p.columns.activity_id) ??
      p.columns.owner ??
      [])[0];
    if (key === undefined || !index.has(headerKey(key))) continue;
    const score = presetScore(p, index);
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** Deals or activities: the mapping's, else the preset's, else what the columns hold. */
export function chooseKind(
  header: readonly string[],
  mapping: Mapping,
  preset: Preset | null,
): ImportKind | null {
  if (mapping.kind !== null) return mapping.kind;
  if (preset !== null) return preset.kind;
  const index = headerIndex(header);
  const has = (field: ImportField) => GENERIC_ALIASES[field].some((a) => index.has(headerKey(a)));
  if (has('amount') || has('stage')) return 'deals';
  if (has('date') && has('owner')) return 'activities';
  return null;
}

export type ResolvedColumns =
  | { readonly kind: 'ok'; readonly index: ColumnIndex }
  | { readonly kind: 'absent'; readonly field: ImportField; readonly header: string };

/** The column of each field of the kind; a header the mapping names but the export lacks is an error. */
export function resolveColumns(
  header: readonly string[],
  kind: ImportKind,
  mapping: Mapping,
  preset: Preset | null,
): ResolvedColumns {
  const index = headerIndex(header);
  const out = new Map<ImportField, number>();
  const taken = new Set<number>();
  const chosen = new Map(mapping.columns.map((c) => [c.field, c.header]));
  const fields = fieldsOf(kind);
  for (const field of fields) {
    const name = chosen.get(field);
    if (name === undefined) continue;
    if (name.trim() === '') continue;
    const i = index.get(headerKey(name.trim()));
    if (i === undefined) return { kind: 'absent', field, header: name };
    out.set(field, i);
    taken.add(i);
  }
  // Preset names for every field first, then generic aliases: a preset's `Amount` beats a generic `Value`.
  for (const source of [preset?.columns ?? {}, GENERIC_ALIASES] as const) {
    for (const field of fields) {
      if (out.has(field) || chosen.has(field)) continue;
      for (const name of (source as Partial<Record<ImportField, readonly string[]>>)[field] ?? []) {
        const i = index.get(headerKey(name));
        if (i !== undefined && !taken.has(i)) {
          out.set(field, i);
          taken.add(i);
          break;
        }
      }
    }
  }
  // In the order of the kind's fields, so the saved mapping reads the same every time.
  return {
    kind: 'ok',
    index: new Map(fields.filter((f) => out.has(f)).map((f) => [f, out.get(f)!])),
  };
}
