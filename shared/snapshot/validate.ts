// Validates untrusted JSON (a fetched or cached snapshot) against the snapshot schema, with a readable reason.
import * as v from 'valibot';
import { SNAPSHOT_VERSION, type Snapshot, SnapshotSchema } from './schema';

export type SnapshotCheck =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The source is briefly busy (a publish in progress): keep the last data, retry quietly. */
      readonly transient?: true;
    };

/** What the add-on's web app says while a publish replaces the snapshot in place. */
export const REPUBLISHING_REASON = 'The leaderboard is being republished; trying again shortly.';

/** Longest message from a data source that is shown as is: a reason, not a page of text. */
const MAX_SOURCE_MESSAGE = 300;

/**
 * The add-on's web app answers `{ "error": "<code>", "message": "…" }` instead of a snapshot
 * before the first publish and while one is under way; its message is the reason to show.
 */
function sourceError(data: object): SnapshotCheck | null {
  const { error, message } = data as { error?: unknown; message?: unknown };
  if (typeof error !== 'string') return null;
  if (error === 'publishing') return { ok: false, reason: REPUBLISHING_REASON, transient: true };
  const text = typeof message === 'string' ? message.trim() : '';
  if (text === '')
    return { ok: false, reason: `The data source reported an error ("${clip(error)}").` };
  return { ok: false, reason: clip(text) };
}

function clip(text: string): string {
  return text.length > MAX_SOURCE_MESSAGE ? `${text.slice(0, MAX_SOURCE_MESSAGE - 1)}…` : text;
}

export function validateSnapshot(data: unknown): SnapshotCheck {
  if (typeof data !== 'object' || data === null) {
    return { ok: false, reason: 'The data is not a JSON object.' };
  }
  const head = data as { schema?: unknown; version?: unknown };
  if (head.schema !== 'bellringer.snapshot') {
    const reported = Array.isArray(data) ? null : sourceError(data);
    if (reported) return reported;
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
