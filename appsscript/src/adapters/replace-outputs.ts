// Replaces Bellringer's output tabs at once: stage every table in a hidden marked tab, then swap them in with a journal.
import type { Table } from '../../../shared/outputs';
import { RunFailure } from '../errors';
import type { Sheet, Spreadsheet } from '../host';
import { type Marker, markSheet, type OwnedTab, ownedTabs } from './output-marker';
import { type LeftAlone, planOutputs } from './output-plan';
import { dropTab, Journal, strayTabs, type SwapItem, type SwapTab, swapIn } from './output-swap';
import type { SheetIndex } from './sheet-index';
import { type TableStyle, writeTable } from './write-table';

export interface OutputReport {
  /** Each output and the tab name it was written under. */
  readonly written: readonly { readonly tab: string; readonly name: string }[];
  /** Users' tabs that have an output's name: untouched, the output went elsewhere. */
  readonly leftAlone: readonly LeftAlone[];
  /** Old output tabs of this run that could not be deleted (the next run removes them). */
  readonly leftovers: readonly string[];
}

const TRY_AGAIN =
  'Try again in a minute; if it fails again, check the sheet sharing settings, or send this message to whoever set Bellringer up.';

function swapTab(sheet: Sheet, owned: OwnedTab): SwapTab {
  return {
    sheet,
    metadata: owned.metadata,
    name: owned.name,
    marker: owned.marker,
    hidden: false,
    deleted: false,
  };
}

/**
 * Bellringer's tabs as this run uses them. A staging tab, or a retired one whose output also
 * exists, is a leftover of a run that died: removed (never anyone else's tab). A retired tab whose
 * output is gone still holds the previous output (the run died mid-swap): it is replaced in place,
 * like a live output. Answers the tabs that stay, by their current name.
 */
function settleOwned(ss: Spreadsheet, owned: readonly OwnedTab[]): Map<string, OwnedTab> {
  const live = new Set(owned.filter((o) => o.marker.state === 'output').map((o) => o.marker.tab));
  const out = new Map<string, OwnedTab>();
  for (const o of owned) {
    const revive = o.marker.state === 'retired' && !live.has(o.marker.tab);
    if (o.marker.state === 'output' || revive) {
      if (revive) live.add(o.marker.tab);
      out.set(o.name, revive ? { ...o, marker: { ...o.marker, state: 'output' } } : o);
      continue;
    }
    try {
      ss.deleteSheet(o.sheet);
    } catch {
      out.set(o.name, o);
    }
  }
  return out;
}

/** The service's own words (errors may come from another realm, so no instanceof). */
function detail(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Only tabs carrying Bellringer's marker (output-marker.ts) are ever replaced or deleted; a user's
 * tab with an output's name is left alone and the output is written as `<tab> (Bellringer)`. A
 * failure while writing or swapping leaves the previous outputs in place and no staging tab, or
 * says exactly which tabs are not where they should be.
 */
export function replaceOutputTabs(
  ss: Spreadsheet,
  index: SheetIndex,
  tables: readonly Table[],
  style: TableStyle,
): OutputReport {
  const all = ownedTabs(index);
  const ownedBySheetName = settleOwned(ss, all);
  const removed = new Set(all.filter((o) => !ownedBySheetName.has(o.name)).map((o) => o.name));
  const plan = planOutputs(
    index.sheets
      .filter((s) => !removed.has(s.name))
      .map((s) => ({ name: s.name, owned: ownedBySheetName.get(s.name)?.marker ?? null })),
    tables.map((t) => t.tab),
  );
  const active = ss.getActiveSheet();
  const activeName = active ? active.getName() : null;

  const items: SwapItem[] = [];
  const cleanUp = () => {
    for (const it of items) dropTab(ss, it.staged);
    return items.filter((it) => !it.staged.deleted).map((it) => `"${it.staged.name}"`);
  };
  try {
    plan.outputs.forEach((p, i) => {
      const table = tables[i]!;
      const oldOwned = p.oldName === null ? null : (ownedBySheetName.get(p.oldName) ?? null);
      // Staged right before the tab it replaces, so the new tab takes the old one's place.
      const position = oldOwned ? oldOwned.sheet.getIndex() - 1 : ss.getNumSheets();
      const sheet = ss.insertSheet(p.stagingName, position);
      const marker: Marker = {
        v: 1,
        tab: p.tab,
        state: 'staging',
        sheetId: sheet.getSheetId(),
        name: p.stagingName,
      };
      const tab: SwapTab = {
        sheet,
        metadata: null,
        name: p.stagingName,
        marker,
        hidden: false,
        deleted: false,
      };
      items.push({
        plan: p,
        staged: tab,
        old: oldOwned ? swapTab(oldOwned.sheet, oldOwned) : null,
      });
      sheet.hideSheet();
      tab.hidden = true;
      tab.metadata = markSheet(sheet, marker);
      writeTable(sheet, table, style);
    });
  } catch (error) {
    const left = cleanUp();
    throw new RunFailure(
      `Recalculate stopped while writing the new output tabs (${detail(error)}). ` +
        'The output tabs keep their previous contents; nothing was swapped.' +
        (left.length > 0
          ? ` Google Sheets also refused to remove the half-written tabs ${left.join(', ')}; the next Recalculate removes them.`
          : ' No half-written tab is left.'),
      TRY_AGAIN,
    );
  }

  const journal = new Journal();
  try {
    swapIn(items, journal);
  } catch (error) {
    journal.rollback();
    cleanUp();
    const stray = strayTabs(items);
    const what = `Recalculate stopped while swapping in the new output tabs (${detail(error)}).`;
    throw new RunFailure(
      stray.length === 0
        ? `${what} Bellringer put everything back: the output tabs keep their previous contents and no staging tab is left.`
        : `${what} Google Sheets also refused some of the steps that put things back, so ${stray.join('; ')}. ` +
            'The next Recalculate removes the tabs Bellringer left behind and writes every output again under its own name.',
      TRY_AGAIN,
    );
  }

  const leftovers: string[] = [];
  for (const it of items) {
    if (!it.old) continue;
    dropTab(ss, it.old);
    if (!it.old.deleted) leftovers.push(it.old.name);
  }
  const back = items.find((it) => it.plan.oldName !== null && it.plan.oldName === activeName);
  const target = back ? back.staged.sheet : active;
  if (target) {
    try {
      ss.setActiveSheet(target);
    } catch {
      // Which tab is in front is a nicety; the outputs are written.
    }
  }
  return {
    written: items.map((it) => ({ tab: it.plan.tab, name: it.staged.name })),
    leftAlone: plan.leftAlone,
    leftovers,
  };
}
