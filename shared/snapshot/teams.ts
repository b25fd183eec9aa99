// Teams as the public may see them: a team is named only when it has a public rep.
import { compareText } from '../order';
import type { SnapshotRepInput } from './input';
import type { Snapshot } from './schema';

export interface TeamGroups {
  /** Whether the team may be named: at least one of its active reps is public. */
  nameable(team: string): boolean;
  /** Its active reps who are not public: they are inside every total of the team. */
  hiddenMembers(team: string): number;
  /** The teams list of the snapshot: nameable teams, by name, with every active rep counted. */
  published(): Snapshot['teams'];
}

/**
 * A team made only of hidden reps is not named anywhere (teams list, contests, standings, race
 * lines): its name would say who they are and that they are not listed. Team sizes count every
 * active rep, hidden ones included: a rep's colleagues know who is on the team anyway.
 */
export function teamGroups(
  reps: readonly SnapshotRepInput[],
  visible: ReadonlySet<string>,
): TeamGroups {
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const r of reps) {
    if (!r.active || r.team === null) continue;
    const counts = visible.has(r.repId) ? shown : hidden;
    counts.set(r.team, (counts.get(r.team) ?? 0) + 1);
  }
  return {
    nameable: (team) => (shown.get(team) ?? 0) > 0,
    hiddenMembers: (team) => hidden.get(team) ?? 0,
    published: () =>
      [...shown.keys()].sort(compareText).map((name) => ({
        name,
        repCount: (shown.get(name) ?? 0) + (hidden.get(name) ?? 0),
      })),
  };
}
