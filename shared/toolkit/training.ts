// Train: assignment status (due, overdue, completed) and completion rates per rep and per category.
import { compareText } from '../order';
import { roundTo } from '../format';
import type { Day } from '../time';
import { DUE_SOON_DAYS, featureOn, type ToolkitTraining, type ToolkitWorkbook } from './inputs';

export type AssignmentState = 'completed' | 'overdue' | 'due' | 'open';

export interface Assignment {
  readonly repId: string;
  readonly row: number;
  readonly course: string;
  readonly category: 'product' | 'technique' | null;
  readonly due: Day | null;
  readonly completed: Day | null;
  readonly state: AssignmentState;
}

export interface CompletionRate {
  /** A rep id, or a category: 'product', 'technique' or 'other' (no category). */
  readonly key: string;
  readonly assigned: number;
  readonly completed: number;
  /** completed ÷ assigned × 100, one decimal; null with nothing assigned. */
  readonly ratePct: number | null;
}

export interface TrainingReport {
  readonly assignments: readonly Assignment[];
  readonly byRep: readonly CompletionRate[];
  readonly byCategory: readonly CompletionRate[];
}

/**
 * An assignment counts once it has been assigned (no assigned date, or one on or before the
 * as-of day). It is completed when its completed date is on or before the as-of day; otherwise
 * overdue once its due date has passed, due within DUE_SOON_DAYS, else open. Only active reps'
 * assignments are reported.
 */
export function stateOf(t: ToolkitTraining, asOf: Day): AssignmentState {
  if (t.completed !== null && t.completed <= asOf) return 'completed';
  if (t.due === null) return 'open';
  if (t.due < asOf) return 'overdue';
  return t.due <= asOf + DUE_SOON_DAYS ? 'due' : 'open';
}

function rates(counts: Map<string, { assigned: number; completed: number }>): CompletionRate[] {
  return [...counts.keys()].sort(compareText).map((key) => {
    const c = counts.get(key)!;
    return {
      key,
      assigned: c.assigned,
      completed: c.completed,
      ratePct: c.assigned > 0 ? roundTo((c.completed / c.assigned) * 100, 1) : null,
    };
  });
}

/** Without a Training tab training is off: an empty report (no reps listed at 0 assigned). */
export function trainingReport(workbook: ToolkitWorkbook, asOf: Day): TrainingReport {
  if (!featureOn(workbook, 'training')) return { assignments: [], byRep: [], byCategory: [] };
  const active = new Set(workbook.reps.filter((r) => r.active).map((r) => r.repId));
  const assignments: Assignment[] = [];
  const byRep = new Map<string, { assigned: number; completed: number }>();
  const byCategory = new Map<string, { assigned: number; completed: number }>();
  for (const r of [...active].sort(compareText)) byRep.set(r, { assigned: 0, completed: 0 });
  for (const t of workbook.training) {
    if (!active.has(t.repId)) continue;
    if (t.assigned !== null && t.assigned > asOf) continue;
    const state = stateOf(t, asOf);
    assignments.push({
      repId: t.repId,
      row: t.row,
      course: t.course,
      category: t.category,
      due: t.due,
      completed: t.completed,
      state,
    });
    const done = state === 'completed' ? 1 : 0;
    const rep = byRep.get(t.repId)!;
    rep.assigned++;
    rep.completed += done;
    const key = t.category ?? 'other';
    const cat = byCategory.get(key) ?? { assigned: 0, completed: 0 };
    cat.assigned++;
    cat.completed += done;
    byCategory.set(key, cat);
  }
  assignments.sort((a, b) => compareText(a.repId, b.repId) || a.row - b.row);
  return { assignments, byRep: rates(byRep), byCategory: rates(byCategory) };
}
