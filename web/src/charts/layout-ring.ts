// Pure layout for the attainment ring (d3-shape arc); over 100% fills the ring and reports the overflow.
import { arc } from 'd3-shape';

export interface RingLayout {
  readonly track: string;
  readonly value: string;
  /** Share of the ring filled, 0..1. */
  readonly fill: number;
  readonly over: boolean;
}

export function layoutRing(pct: number | null, radius: number, thickness: number): RingLayout {
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
  };
}
