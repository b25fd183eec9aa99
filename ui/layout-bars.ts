// Pure layout for the horizontal leaderboard bar chart (d3-scale): positions only, no DOM.
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarInput {
  readonly key: string;
  readonly value: number | null;
}

export interface BarBox {
  readonly key: string;
  readonly y: number;
  readonly height: number;
  /** Left edge and width of the bar; width 0 when the value is hidden (null). */
  readonly x: number;
  readonly width: number;
  readonly negative: boolean;
}

export interface BarLayout {
  readonly bars: BarBox[];
  readonly height: number;
  /** x of the zero line, so negative bars (e.g. an improvement below zero) grow left of it. */
  readonly zeroX: number;
}

export interface BarOptions {
  readonly width: number;
  readonly rowHeight: number;
  readonly padding?: number;
}

export function layoutBars(items: readonly BarInput[], opts: BarOptions): BarLayout {
  const height = items.length * opts.rowHeight;
  let min = 0;
  let max = 0;
  for (const item of items) {
    if (item.value === null || !Number.isFinite(item.value)) continue;
    if (item.value < min) min = item.value;
    if (item.value > max) max = item.value;
  }
  if (min === max) max = min + 1;
  const x = scaleLinear().domain([min, max]).range([0, opts.width]);
  const y = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([0, height])
    .paddingInner(opts.padding ?? 0.2)
    .paddingOuter((opts.padding ?? 0.2) / 2);
  const zeroX = x(0);
  const bars = items.map((item, i): BarBox => {
    const top = y(i) ?? 0;
    const value = item.value;
    if (value === null || !Number.isFinite(value)) {
      return { key: item.key, y: top, height: y.bandwidth(), x: zeroX, width: 0, negative: false };
    }
    const end = x(value);
    return {
      key: item.key,
      y: top,
      height: y.bandwidth(),
      x: Math.min(zeroX, end),
      width: Math.abs(end - zeroX),
      negative: value < 0,
    };
  });
  return { bars, height, zeroX };
}
