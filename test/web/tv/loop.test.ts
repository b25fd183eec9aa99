// The TV loop rotates on one timer, lets celebrations interrupt, then resumes; stop leaves no timer.
import { describe, expect, it } from 'vitest';
import type { Celebration } from '../../../web/src/tv/celebrations';
import { TvLoop, type TvScreen, type Timers } from '../../../web/src/tv/loop';

class FakeTimers implements Timers {
  pending = new Map<number, { fn: () => void; ms: number }>();
  next = 1;
  set(fn: () => void, ms: number) {
    const id = this.next++;
    this.pending.set(id, { fn, ms });
    return id;
  }
  clear(h: unknown) {
    this.pending.delete(h as number);
  }
  fire() {
    const [id, t] = [...this.pending.entries()][0]!;
    this.pending.delete(id);
    t.fn();
    return t.ms;
  }
}

const badge = (n: number): Celebration => ({
  kind: 'big_deal',
  id: `d${n}`,
  repId: 'r1',
  message: null,
  amount: null,
});

function setup() {
  const timers = new FakeTimers();
  const screens: TvScreen[] = [];
  const loop = new TvLoop({
    slideCount: 3,
    intervalMs: 1000,
    celebrateMs: 500,
    onScreen: (s) => screens.push(s),
    timers,
  });
  return { timers, screens, loop };
}

const describeScreen = (s: TvScreen) =>
  s.kind === 'slide'
    ? `slide ${s.index}`
    : s.kind === 'recap'
      ? `recap ${s.items[0]!.id}-${s.items.at(-1)!.id}`
      : `party ${s.celebration.id}`;

describe('TvLoop', () => {
  it('rotates the slides in order and wraps around, with exactly one timer', () => {
    const t = setup();
    t.loop.start();
    for (let i = 0; i < 4; i++) {
      expect(t.timers.pending.size).toBe(1);
      expect(t.timers.fire()).toBe(1000);
    }
    expect(t.screens.map(describeScreen)).toEqual([
      'slide 0',
      'slide 1',
      'slide 2',
      'slide 0',
      'slide 1',
    ]);
    expect(t.loop.slideChanges).toBe(4);
  });

  it('interrupts for celebrations one after another, then resumes with the next slide', () => {
    const t = setup();
    t.loop.start();
    t.loop.celebrate([badge(1), badge(2)]);
    expect(t.timers.pending.size).toBe(1);
    expect(t.timers.fire()).toBe(500);
    expect(t.timers.fire()).toBe(500);
    t.timers.fire();
    expect(t.screens.map(describeScreen)).toEqual([
      'slide 0',
      'party d1',
      'party d2',
      'slide 1',
      'slide 2',
    ]);
    expect(t.loop.celebrationsShown).toBe(2);
  });

  // Each case: news arriving in one reload, and the screens that tell it before the next slide.
  it.each([
    ['one piece: its own screen', 1, ['party d0']],
    ['three: one screen each', 3, ['party d0', 'party d1', 'party d2']],
    [
      'four: a recap of all four (more than three would keep the wall away for long)',
      4,
      ['recap d0-d3'],
    ],
    [
      'twenty: recaps of eight, then the last four together',
      20,
      ['recap d0-d7', 'recap d8-d15', 'recap d16-d19'],
    ],
    [
      'eleven: two recaps of eight, then three alone',
      11,
      ['recap d0-d7', 'party d8', 'party d9', 'party d10'],
    ],
  ])('tells every piece of news, none dropped: %s', (_name, n, expected) => {
    const t = setup();
    t.loop.start();
    t.loop.celebrate(Array.from({ length: n }, (_, i) => badge(i)));
    while (t.screens.at(-1)?.kind !== 'slide' || t.screens.length === 1) t.timers.fire();
    expect(t.screens.slice(1, -1).map(describeScreen)).toEqual(expected);
    expect(t.loop.celebrationsShown).toBe(n);
    expect(t.loop.pending).toBe(0);
  });

  it('queues news that arrives during a celebration after it, and never tells the same news twice', () => {
    const t = setup();
    t.loop.start();
    t.loop.celebrate([badge(1)]);
    t.loop.celebrate([badge(1), badge(2)]);
    expect(t.screens.map(describeScreen)).toEqual(['slide 0', 'party d1']);
    t.timers.fire();
    t.timers.fire();
    expect(t.screens.map(describeScreen)).toEqual(['slide 0', 'party d1', 'party d2', 'slide 1']);
  });

  it('stop clears the timer and later celebrations do nothing', () => {
    const t = setup();
    t.loop.start();
    t.loop.stop();
    expect(t.timers.pending.size).toBe(0);
    t.loop.celebrate([badge(1)]);
    expect(t.timers.pending.size).toBe(0);
  });
});
