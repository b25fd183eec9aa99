// Stage and status words → won / lost / open: the defaults for common words in several languages; custom stages are asked.
import { headerKey } from '../workbook';

/** What a stage means for Bellringer; `ignore` leaves the row out (a cancelled order, a test deal). */
export const STAGE_OUTCOMES = ['won', 'lost', 'open', 'ignore'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/**
 * Words every CRM uses, compared as header keys (case, spaces, `_` and `-` do not count). Only
 * words that cannot mean anything else: `Closed` alone could be won or lost, so it is asked.
 */
const DEFAULT_WORDS: Readonly<Record<StageOutcome, readonly string[]>> = {
  // Pipedrive's status of a deal deleted in the CRM: it no longer counts.
  ignore: ['deleted'],
  won: ['won', 'closed won', 'closedwon', 'win', 'gewonnen', 'gagné', 'ganado', 'ganada', 'vinto'],
  lost: [
    'lost',
    'closed lost',
    'closedlost',
    'verloren',
    'perdu',
    'perdido',
    'perdida',
    'perso',
    'closed lost to competition',
    'closed-lost to competition',
    'out-sold',
    'canceled',
    'cancelled',
  ],
  open: [
    'open',
    'in progress',
    'on hold',
    'new',
    'lead',
    'prospecting',
    'qualification',
    'qualified',
    'discovery',
    'engaging',
    'needs analysis',
    'value proposition',
    'proposal',
    'negotiation',
    'demo',
    'pending',
  ],
};

const DEFAULTS: ReadonlyMap<string, StageOutcome> = new Map(
  (['won', 'lost', 'open', 'ignore'] as const).flatMap((o) =>
    DEFAULT_WORDS[o].map((w) => [headerKey(w), o]),
  ),
);

/** The outcome a common word means, or null for a word Bellringer does not know. */
export function defaultOutcome(stage: string): StageOutcome | null {
  return DEFAULTS.get(headerKey(stage.trim())) ?? null;
}

/** The stage words of one table (a preset's, or the manager's answers), as a lookup by key. */
export function stageLookup(
  entries: readonly { readonly stage: string; readonly outcome: StageOutcome }[],
): Map<string, StageOutcome> {
  return new Map(entries.map((e) => [headerKey(e.stage.trim()), e.outcome]));
}
