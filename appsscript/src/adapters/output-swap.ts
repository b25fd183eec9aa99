// Swaps staged output tabs in with a journal: any failed step is undone in reverse, and what could not be undone is said.
import type { Sheet } from '../host';
import { type Marker, markerValue } from './output-marker';
import type { PlannedOutput } from './output-plan';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A tab taking part in the swap, with what we know of it as each step succeeds. */
export interface SwapTab {
  readonly sheet: Sheet;
  /** Our marker's entry; null only for a staging tab not marked yet. */
  metadata: Metadata | null;
  name: string;
  marker: Marker;
  hidden: boolean;
  deleted: boolean;
}

export interface SwapItem {
  readonly plan: PlannedOutput;
  readonly staged: SwapTab;
  readonly old: SwapTab | null;
}

interface Step {
  readonly undo: () => void;
}

/** Each change made through it can be undone; `rollback` undoes them newest first and reports failures. */
export class Journal {
  private readonly steps: Step[] = [];

  rename(t: SwapTab, name: string): void {
    const before = t.name;
    t.sheet.setName(name);
    t.name = name;
    this.steps.push({
      undo: () => {
        t.sheet.setName(before);
        t.name = before;
      },
    });
  }

  mark(t: SwapTab, marker: Marker): void {
    const before = t.marker;
    const md = t.metadata;
    if (!md) throw new Error(`The tab "${t.name}" carries no Bellringer marker.`);
    md.setValue(markerValue(marker));
    t.marker = marker;
    this.steps.push({
      undo: () => {
        md.setValue(markerValue(before));
        t.marker = before;
      },
    });
  }

  show(t: SwapTab): void {
    t.sheet.showSheet();
    t.hidden = false;
    this.steps.push({
      undo: () => {
        t.sheet.hideSheet();
        t.hidden = true;
      },
    });
  }

  /** Undoes every step, newest first; a step that fails is skipped and counted. */
  rollback(): number {
    let failed = 0;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      try {
        this.steps[i]!.undo();
      } catch {
        failed++;
      }
    }
    this.steps.length = 0;
    return failed;
  }
}

/**
 * Moves each old output aside (marker first, so a death between the two steps leaves a tab marked
 * `retired`, which the next run removes), then gives each staged tab its final name, marks it a
 * live output and shows it. Nothing is deleted here: the caller deletes the retired tabs only after
 * every step succeeded. Throws the first failure after `journal` has recorded what was done.
 */
export function swapIn(items: readonly SwapItem[], journal: Journal): void {
  for (const { plan, old } of items) {
    if (!old || plan.retireName === null) continue;
    journal.mark(old, { ...old.marker, state: 'retired', name: plan.retireName });
    journal.rename(old, plan.retireName);
  }
  for (const { plan, staged } of items) {
    journal.rename(staged, plan.finalName);
    journal.mark(staged, { ...staged.marker, state: 'output', name: plan.finalName });
    journal.show(staged);
  }
}

/** Deletes a tab, remembering whether it went. */
export function dropTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, t: SwapTab): void {
  try {
    ss.deleteSheet(t.sheet);
    t.deleted = true;
  } catch {
    // Reported by whoever called: the tab is still there.
  }
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * What the workbook holds after a swap that could not be fully undone, in the manager's words:
 * empty when every previous output is back under its name and no new tab is left.
 */
export function strayTabs(items: readonly SwapItem[]): string[] {
  const moved = items.filter((it) => it.old && !it.old.deleted && it.old.name !== it.plan.oldName);
  const left = items.filter((it) => !it.staged.deleted);
  const live = left.filter((it) => it.staged.marker.state === 'output');
  const waiting = left.filter((it) => it.staged.marker.state !== 'output');
  const out: string[] = [];
  if (moved.length > 0)
    out.push(
      `the previous ${moved.map((it) => it.plan.tab).join(', ')} tabs were moved aside as ${quoted(moved.map((it) => it.old!.name))}`,
    );
  if (live.length > 0)
    out.push(`the new ${quoted(live.map((it) => it.staged.name))} tabs are in place`);
  if (waiting.length > 0)
    out.push(
      `${moved.length === 0 && live.length === 0 ? 'the output tabs keep their previous contents, but ' : ''}new tabs that were not swapped in are still there${waiting.some((it) => it.staged.hidden) ? ' (hidden)' : ''}: ${quoted(waiting.map((it) => it.staged.name))}`,
    );
  return out;
}
