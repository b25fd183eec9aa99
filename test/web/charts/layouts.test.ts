// Pure chart layouts: bars, race lines and the attainment ring, checked against hand-computed geometry.
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../ui';
import { dayNumber, layoutRace } from '../../../web/src/charts/layout-race';
import { layoutRing } from '../../../web/src/charts/layout-ring';

describe('layoutBars', () => {
  it('scales bars from zero to the largest value', () => {
    const l = layoutBars(
      [
        { key: 'a', value: 100 },
        { key: 'b', value: 50 },
        { key: 'c', value: 0 },
      ],
      { width: 200, rowHeight: 10, padding: 0 },
    );
    expect(l.bars.map((b) => [b.x, b.width])).toEqual([
      [0, 200],
      [0, 100],
      [0, 0],
    ]);
    expect(l.bars.map((b) => b.y)).toEqual([0, 10, 20]);
    expect(l.height).toBe(30);
  });

  it('grows negative values left of a shifted zero line', () => {
    const l = layoutBars(
      [
        { key: 'up', value: 30 },
        { key: 'down', value: -10 },
      ],
      { width: 100, rowHeight: 10, padding: 0 },
    );
    expect(l.zeroX).toBe(25);
    expect(l.bars[0]).toMatchObject({ x: 25, width: 75, negative: false });
    expect(l.bars[1]).toMatchObject({ x: 0, width: 25, negative: true });
  });

  it('draws no bar for a hidden (null) value and survives all-null input', () => {
    const l = layoutBars(
      [
        { key: 'a', value: null },
        { key: 'b', value: null },
      ],
      { width: 100, rowHeight: 10 },
    );
    expect(l.bars.every((b) => b.width === 0 && Number.isFinite(b.x))).toBe(true);
  });

  it('lays out 1,000 rows, one bar per row in order (speed is a benchmark, not a test)', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ key: String(i), value: 1000 - i }));
    const l = layoutBars(items, { width: 100, rowHeight: 1 });
    expect(l.bars).toHaveLength(1000);
    expect(l.bars.map((b) => b.key)).toEqual(items.map((i) => i.key));
  });
});

describe('layoutRace', () => {
  const opts = { width: 100, height: 50, start: '2026-11-01', end: '2026-11-11', goal: null };

  it('places points by day across the contest window and value up the axis', () => {
    const l = layoutRace(
      [
        {
          key: 'a',
          points: [
            { day: '2026-11-06', value: 10 },
            { day: '2026-11-01', value: 0 },
          ],
        },
      ],
      opts,
    );
    expect(l.lines[0]).toMatchObject({ key: 'a', endX: 50, last: 10 });
    expect(l.lines[0]!.endY).toBe(0);
    expect(l.lines[0]!.path.startsWith('M0,50')).toBe(true);
  });

  it('includes the goal in the y range and reports its line', () => {
    const l = layoutRace([{ key: 'a', points: [{ day: '2026-11-02', value: 5 }] }], {
      ...opts,
      goal: 20,
    });
    expect(l.goalY).toBe(0);
    expect(l.lines[0]!.endY).toBeCloseTo(37.5);
  });

  it('skips empty series and yields ticks', () => {
    const l = layoutRace([{ key: 'x', points: [] }], opts);
    expect(l.lines).toHaveLength(0);
    expect(l.xTicks[0]).toEqual({ x: 0, day: '2026-11-01' });
    expect(l.yTicks.length).toBeGreaterThan(1);
  });

  it('dayNumber counts days since the epoch', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});

describe('layoutRing', () => {
  it.each([
    [null, 0, false],
    [0, 0, false],
    [50, 0.5, false],
    [100, 1, false],
    [130, 1, true],
    [-5, 0, false],
  ])('%s%% fills %s of the ring (over: %s)', (pct, fill, over) => {
    const r = layoutRing(pct, 50, 10);
    expect(r.fill).toBe(fill);
    expect(r.over).toBe(over);
    expect(r.track).toMatch(/^M/);
    expect(r.value === '').toBe(fill === 0);
  });

  it.each([
    // pace %, where the tick sits (x, y of its outer end on a 50-unit ring; y grows downwards)
    [0, 0, -53],
    [25, 53, 0],
    [50, 0, 53],
    [75, -53, 0],
    [140, 0, -53],
  ])('a pace of %s%% puts the pace tick at (%s, %s)', (pace, x, y) => {
    const tick = layoutRing(40, 50, 10, pace).paceMarker;
    expect(tick?.x2).toBeCloseTo(x, 5);
    expect(tick?.y2).toBeCloseTo(y, 5);
    // The tick crosses the ring: from inside the track (radius 37) to outside it (53).
    expect(Math.hypot(tick!.x1, tick!.y1)).toBeCloseTo(37, 1);
  });

  it('draws no pace tick without a pace', () => {
    expect(layoutRing(40, 50, 10).paceMarker).toBeNull();
    expect(layoutRing(40, 50, 10, Number.NaN).paceMarker).toBeNull();
  });
});
