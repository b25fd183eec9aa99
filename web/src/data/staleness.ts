// The "data as of … (n min old)" stamp and when it turns into a warning.
import { knownZone } from '../zone';
import type { DataState } from './store';

export interface Stamp {
  /** ISO instant the data describes (the snapshot's generatedAt, else when it was received). */
  readonly asOfMs: number;
  readonly ageMinutes: number;
  readonly stale: boolean;
  /** Why the stamp is a warning, in plain words; null when fresh. */
  readonly warning: string | null;
  /** A calm note beside the stamp (the source is republishing, or no offline copy can be kept); null otherwise. */
  readonly note: string | null;
  /** The team's time zone (from the snapshot), in which the stamp's clock time is shown. */
  readonly timeZone: string;
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
  return {
    asOfMs,
    ageMinutes,
    stale: warning !== null,
    warning,
    note: calm ? state.error : (state.cacheNote ?? null),
    timeZone: state.snapshot.team.timeZone,
  };
}

export function ageText(minutes: number): string {
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h old`;
  return `${Math.floor(hours / 24)} days old`;
}

/**
 * When the data is from, on the team's clock and saying which ("Nov 20, 2026, 10:00 AM GMT+1"):
 * a wall in another office, or a laptop set to another zone, shows the same time as the team's
 * own. An unknown zone falls back to the viewer's, still named.
 */
export function stampTime(asOfMs: number, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: knownZone(timeZone) ?? undefined,
  }).format(asOfMs);
}
