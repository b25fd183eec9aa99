// The "data as of … (n min old)" stamp and when it turns into a warning.
import type { DataState } from './store';

export interface Stamp {
  /** ISO instant the data describes (the snapshot's generatedAt, else when it was received). */
  readonly asOfMs: number;
  readonly ageMinutes: number;
  readonly stale: boolean;
  /** Why the stamp is a warning, in plain words; null when fresh. */
  readonly warning: string | null;
  /** A calm note beside a fresh stamp (the source is republishing); null otherwise. */
  readonly note: string | null;
}

export function computeStamp(state: DataState, nowMs: number, staleAfterMs: number): Stamp | null {
  if (!state.snapshot) return null;
  const generated = Date.parse(state.snapshot.generatedAt);
  const asOfMs = Number.isFinite(generated) ? generated : (state.receivedAt ?? nowMs);
  const ageMinutes = Math.max(0, Math.floor((nowMs - asOfMs) / 60_000));
  const old = nowMs - asOfMs > staleAfterMs;
  // A republish takes seconds: say so calmly, unless the data has gone stale meanwhile.
  const calm = state.error !== null && state.transient === true && !old;
  let warning: string | null = null;
  if (state.error && !calm) warning = `Showing the last good data: ${state.error}`;
  else if (old) warning = 'This data has not been updated for a while.';
  return { asOfMs, ageMinutes, stale: warning !== null, warning, note: calm ? state.error : null };
}

export function ageText(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.floor(hours / 24)} days old`;
}
