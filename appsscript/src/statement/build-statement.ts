// Picks the pay period (current or previous) and turns the engine's statement into the dialog's data.
import type { EngineResult } from '../../../shared/engine';
import { type Statement, statementLines, statementRows } from '../../../shared/incentives';
import { compareText } from '../../../shared/order';
import { isoDay } from '../../../shared/time';
import type { StatementOptions, StatementResult, StatementWhich } from './types';

export function statementOptions(result: EngineResult): StatementOptions {
  const names = new Map(result.workbook.reps.map((r) => [r.repId, r.name]));
  const ids = new Set(
    result.model.incentives.rows.filter((r) => r.status === 'current').map((r) => r.payout.repId),
  );
  const reps = [...ids]
    .map((repId) => ({ repId, name: names.get(repId) ?? repId }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.repId, b.repId));
  return { asOf: isoDay(result.asOf), reps };
}

/** The current pay period's statement, or the one of the period just before it. */
export function pickStatement(
  result: EngineResult,
  repId: string,
  which: StatementWhich,
): Statement | null {
  const { incentives } = result.model;
  const current = incentives.statement(repId, result.asOf);
  if (which === 'current' || current === null) return current;
  return incentives.statement(repId, current.payout.segment.start - 1);
}

export function buildStatement(
  result: EngineResult,
  repId: string,
  which: StatementWhich,
): StatementResult {
  const s = pickStatement(result, repId, which);
  if (!s) {
    const name = result.workbook.reps.find((r) => r.repId === repId)?.name ?? repId;
    return {
      kind: 'none',
      repId,
      message:
        which === 'previous'
          ? `There is no previous pay period for ${name}: no commission plan paid them then.`
          : `No commission plan pays ${name} today. Add or adjust a row in Commission Plans (applies_to: their rep_id, team or role).`,
    };
  }
  const seg = s.payout.segment;
  return {
    kind: 'statement',
    repId,
    name: s.name,
    which,
    currency: result.settings.currency,
    asOf: isoDay(result.asOf),
    planId: seg.plan.planId,
    period: seg.period.label,
    start: isoDay(seg.start),
    end: isoDay(seg.end),
    lines: statementLines(s, result.settings.currency),
    rows: statementRows(s, result.settings.currency),
    total: s.payout.total,
  };
}
