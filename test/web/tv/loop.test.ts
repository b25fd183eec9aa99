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
  s.kind === 'slide' ? `slide ${s.index}` : `party ${s.celebration.id}`;

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

  it('caps the queue so celebrations cannot pile up without bound', () => {
    const t = setup();
    t.loop.start();
    t.loop.celebrate(Array.from({ length: 50 }, (_, i) => badge(i)));
    expect(t.loop.pending).toBeLessThanOrEqual(10);
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
