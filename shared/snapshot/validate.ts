// Validates untrusted JSON (a fetched or cached snapshot) against the snapshot schema, with a readable reason.
import * as v from 'valibot';
import { SNAPSHOT_VERSION, type Snapshot, SnapshotSchema } from './schema';

export type SnapshotCheck =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly reason: string };

export function validateSnapshot(data: unknown): SnapshotCheck {
  if (typeof data !== 'object' || data === null) {
    return { ok: false, reason: 'The data is not a JSON object.' };
  }
  const head = data as { schema?: unknown; version?: unknown };
  if (head.schema !== 'bellringer.snapshot') {
    return { ok: false, reason: 'The data is not a Bellringer snapshot (no "schema" marker).' };
  }
  if (head.version !== SNAPSHOT_VERSION) {
    return {
      ok: false,
      reason: `The snapshot is version ${String(head.version)}; this site reads version ${SNAPSHOT_VERSION}. Update the site or republish from the add-on.`,
    };
  }
  const result = v.safeParse(SnapshotSchema, data);
  if (result.success) return { ok: true, snapshot: result.output };
  const first = result.issues[0];
  const path = first ? v.getDotPath(first) : null;
  return {
    ok: false,
    reason: `The snapshot does not match its schema${path ? ` at "${path}"` : ''}: ${first?.message ?? 'unknown problem'}.`,
  };
}
