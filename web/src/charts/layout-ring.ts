// Pure layout for the attainment ring (d3-shape arc); over 100% fills the ring and reports the overflow.
import { arc } from 'd3-shape';

export interface RingLayout {
  readonly track: string;
  readonly value: string;
  /** Share of the ring filled, 0..1. */
  readonly fill: number;
  readonly over: boolean;
  /** The pace tick across the ring (expected % by today), from just inside to just outside; null without a pace. */
  readonly paceMarker: { x1: number; y1: number; x2: number; y2: number } | null;
}

export function layoutRing(
  pct: number | null,
  radius: number,
  thickness: number,
  pace: number | null = null,
): RingLayout {
  const fill = pct === null || !Number.isFinite(pct) ? 0 : Math.min(1, Math.max(0, pct / 100));
  const shape = arc<{ endAngle: number }>()
    .innerRadius(radius - thickness)
    .outerRadius(radius)
    .startAngle(0)
    .cornerRadius(fill > 0 && fill < 1 ? thickness / 2 : 0);
  return {
    track: shape({ endAngle: Math.PI * 2 }) ?? '',
    value: fill > 0 ? (shape({ endAngle: Math.PI * 2 * fill }) ?? '') : '',
    fill,
    over: pct !== null && pct > 100,
    paceMarker: paceTick(pace, radius, thickness),
  };
}

/** A radial tick at the pace's angle (0 at twelve o'clock, clockwise like the arc), overlapping the ring by 3 units each side. */
function paceTick(pace: number | null, radius: number, thickness: number) {
  if (pace === null || !Number.isFinite(pace)) return null;
  const angle = Math.PI * 2 * Math.min(1, Math.max(0, pace / 100));
  const at = (r: number) => ({
    x: Math.round(r * Math.sin(angle) * 100) / 100,
    y: Math.round(-r * Math.cos(angle) * 100) / 100,
  });
  const inner = at(radius - thickness - 3);
  const outer = at(radius + 3);
  return { x1: inner.x, y1: inner.y, x2: outer.x, y2: outer.y };
}
