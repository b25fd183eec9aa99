// Pure layout for a contest race chart: cumulative progress lines over the contest's days (d3-scale, d3-shape).
import { compareText } from '../../../shared/order';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface RaceInput {
  readonly key: string;
  readonly points: readonly { readonly day: string; readonly value: number }[];
}

export interface RaceLine {
  readonly key: string;
  readonly path: string;
  readonly endX: number;
  readonly endY: number;
  readonly last: number;
}

export interface RaceLayout {
  readonly lines: RaceLine[];
  /** y of the goal line, when the contest has one inside the plotted range. */
  readonly goalY: number | null;
  readonly yTicks: { readonly y: number; readonly value: number }[];
  readonly xTicks: { readonly x: number; readonly day: string }[];
}

export interface RaceOptions {
  readonly width: number;
  readonly height: number;
  readonly start: string;
  readonly end: string;
  readonly goal: number | null;
}

const DAY = 86_400_000;
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

export function layoutRace(series: readonly RaceInput[], opts: RaceOptions): RaceLayout {
  const d0 = dayNumber(opts.start);
  const d1 = Math.max(d0 + 1, dayNumber(opts.end));
  let max = opts.goal ?? 0;
  let min = 0;
  for (const s of series) {
    for (const p of s.points) {
      if (p.value > max) max = p.value;
      if (p.value < min) min = p.value;
    }
  }
  if (max === min) max = min + 1;
  const x = scaleLinear().domain([d0, d1]).range([0, opts.width]).clamp(true);
  const y = scaleLinear().domain([min, max]).range([opts.height, 0]).nice();
  const path = line<{ day: string; value: number }>()
    .x((p) => x(dayNumber(p.day)))
    .y((p) => y(p.value));
  const lines: RaceLine[] = [];
  for (const s of series) {
    if (s.points.length === 0) continue;
    const pts = [...s.points].sort((a, b) => compareText(a.day, b.day));
    const lastPoint = pts[pts.length - 1]!;
    lines.push({
      key: s.key,
      path: path(pts) ?? '',
      endX: x(dayNumber(lastPoint.day)),
      endY: y(lastPoint.value),
      last: lastPoint.value,
    });
  }
  const step = Math.max(1, Math.ceil((d1 - d0) / 4));
  const xTicks: { x: number; day: string }[] = [];
  for (let d = d0; d <= d1; d += step) xTicks.push({ x: x(d), day: isoOf(d) });
  return {
    lines,
    goalY: opts.goal !== null ? y(opts.goal) : null,
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
    xTicks,
  };
}
