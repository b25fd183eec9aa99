// Decides, before anything is written, which tab each output replaces and under which names it is staged and shown.
import type { Marker } from './output-marker';
import { tabKey } from './sheet-index';

/** A tab as the plan sees it: its name and, when Bellringer owns it, its marker. */
export interface ListedTab {
  readonly name: string;
  readonly owned: Marker | null;
}

export interface PlannedOutput {
  readonly tab: string;
  /** The live output tab this one replaces (by its current name), or null for a first write. */
  readonly oldName: string | null;
  /** Where the old one is moved aside during the swap (null when there is none). */
  readonly retireName: string | null;
  readonly stagingName: string;
  /** The name the new output is shown under: the tab's own, or `<tab> (Bellringer)` when a user's tab has it. */
  readonly finalName: string;
}

/** A user's tab that has an output's name: left alone, and the output written under `writtenAs`. */
export interface LeftAlone {
  readonly name: string;
  readonly tab: string;
  readonly writtenAs: string;
}

export interface OutputPlan {
  readonly outputs: readonly PlannedOutput[];
  readonly leftAlone: readonly LeftAlone[];
}

/** The name an output takes when a user's tab holds its own: `Hiring (Bellringer)`, then `Hiring (Bellringer 2)`, … */
export function fallbackName(tab: string, n: number): string {
  return n === 1 ? `${tab} (Bellringer)` : `${tab} (Bellringer ${n})`;
}

/**
 * Names are compared the way the engine matches tabs (tabKey: case, spaces, `_` and `-` ignored),
 * which is stricter than Sheets' own uniqueness, so `Score Card` or `hiring` block `Scorecard` and
 * `Hiring` too. Owned staging and retired leftovers must be gone before planning (they are
 * removed first); any that remain simply count as taken names.
 */
export function planOutputs(tabs: readonly ListedTab[], outputs: readonly string[]): OutputPlan {
  const wanted = new Set(outputs);
  const oldOf = new Map<string, string>();
  const taken = new Set<string>();
  const userTabs = new Map<string, string>();
  for (const t of tabs) {
    const key = tabKey(t.name);
    const replaced =
      t.owned?.state === 'output' && wanted.has(t.owned.tab) && !oldOf.has(t.owned.tab);
    if (replaced && t.owned) oldOf.set(t.owned.tab, t.name);
    else taken.add(key);
    if (!t.owned && !userTabs.has(key)) userTabs.set(key, t.name);
  }
  const claim = (candidates: (n: number) => string): string => {
    for (let n = 1; ; n++) {
      const name = candidates(n);
      if (!taken.has(tabKey(name))) {
        taken.add(tabKey(name));
        return name;
      }
    }
  };
  const planned: PlannedOutput[] = [];
  const leftAlone: LeftAlone[] = [];
  for (const tab of outputs) {
    const finalName = claim((n) => (n === 1 ? tab : fallbackName(tab, n - 1)));
    const user = userTabs.get(tabKey(tab));
    if (finalName !== tab && user !== undefined)
      leftAlone.push({ name: user, tab, writtenAs: finalName });
    planned.push({
      tab,
      oldName: oldOf.get(tab) ?? null,
      retireName: null,
      stagingName: '',
      finalName,
    });
  }
  // Temporary names last, so they never take a name an output wanted.
  const outputsPlanned = planned.map((p) => ({
    ...p,
    stagingName: claim((n) => `bellringer-staging ${p.tab}${n === 1 ? '' : ` ${n}`}`),
    retireName:
      p.oldName === null ? null : claim((n) => `bellringer-old ${p.tab}${n === 1 ? '' : ` ${n}`}`),
  }));
  return { outputs: outputsPlanned, leftAlone };
}
