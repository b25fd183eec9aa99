// Reads the site's URL options (?data, ?tv, slides, interval, refresh, team, lens, sound) into typed settings.
import {
  type Lens,
  LensSchema,
  type PeriodKindPublic,
  PeriodKindSchema,
} from '../../shared/snapshot';

export type SlideName = 'leaderboard' | 'contests' | 'badges' | 'recognition';
export const ALL_SLIDES: readonly SlideName[] = [
  'leaderboard',
  'contests',
  'badges',
  'recognition',
];
const LENSES: readonly Lens[] = LensSchema.options;
const PERIODS: readonly PeriodKindPublic[] = PeriodKindSchema.options;

export interface SiteOptions {
  dataUrl: string;
  tv: boolean;
  slides: SlideName[];
  intervalMs: number;
  refreshMs: number;
  team: string | null;
  lens: Lens;
  /** The leaderboard lenses the wall rotates through (`lens=revenue,activity_points`); [lens] by default. */
  lenses: Lens[];
  period: PeriodKindPublic;
  sound: boolean;
  celebrateMs: number;
  staleAfterMs: number;
}

function seconds(raw: string | null, fallback: number, min: number): number {
  const n = raw === null ? Number.NaN : Number(raw);
  return Math.max(min, Number.isFinite(n) && n > 0 ? n : fallback) * 1000;
}

export function readOptions(search: string): SiteOptions {
  const q = new URLSearchParams(search);
  const slides = (q.get('slides') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is SlideName => (ALL_SLIDES as readonly string[]).includes(s));
  const lensList = (q.get('lens') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(
      (l, i, all): l is Lens => (LENSES as readonly string[]).includes(l) && all.indexOf(l) === i,
    );
  const lens = lensList[0] ?? null;
  const period = q.get('period');
  const tv = q.get('tv');
  // A test and demo speed-up: clock=60 runs a minute of the wall in a second (slides, reloads and
  // celebrations alike), so an hour-long day is soaked in a minute. 1 to 3600; default 1.
  const clockRaw = Number(q.get('clock'));
  const clock = Number.isFinite(clockRaw) && clockRaw >= 1 ? Math.min(3600, clockRaw) : 1;
  const fast = (ms: number) => Math.max(20, ms / clock);
  return {
    dataUrl: q.get('data')?.trim() || './snapshot.json',
    tv: tv === '1' || tv === 'true' || tv === 'yes',
    slides: slides.length > 0 ? slides : [...ALL_SLIDES],
    intervalMs: fast(seconds(q.get('interval'), 15, 0.05)),
    refreshMs: fast(seconds(q.get('refresh'), 60, 0.05)),
    team: q.get('team')?.trim() || null,
    lens: lens ?? 'revenue',
    lenses: lensList.length > 0 ? lensList : ['revenue'],
    period: (PERIODS as readonly string[]).includes(period ?? '')
      ? (period as PeriodKindPublic)
      : 'month',
    sound: q.get('sound') === '1',
    celebrateMs: fast(seconds(q.get('celebrate'), 6, 0.05)),
    staleAfterMs: seconds(q.get('stale'), 2 * 3600, 1),
  };
}
