// The TV playlist: rotates slides and interrupts them for celebrations, all on ONE timer.
import type { Celebration } from './celebrations';

export type TvScreen =
  | { readonly kind: 'slide'; readonly index: number }
  | { readonly kind: 'celebration'; readonly celebration: Celebration };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface TvLoopOptions {
  readonly slideCount: number;
  readonly intervalMs: number;
  readonly celebrateMs: number;
  readonly onScreen: (screen: TvScreen) => void;
  readonly timers?: Timers;
}

const MAX_QUEUE = 10;

const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class TvLoop {
  private timer: unknown = null;
  private index = 0;
  private readonly queue: Celebration[] = [];
  private readonly timers: Timers;
  private running = false;
  /** Counters for the soak benchmark and tests. */
  slideChanges = 0;
  celebrationsShown = 0;

  constructor(private readonly opts: TvLoopOptions) {
    this.timers = opts.timers ?? defaultTimers;
  }

  get pending(): number {
    return this.queue.length;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.show({ kind: 'slide', index: this.index }, this.opts.intervalMs);
  }

  stop(): void {
    this.running = false;
    this.clear();
  }

  /** Queues celebrations and shows the first at once; the loop resumes after the last. */
  celebrate(items: readonly Celebration[]): void {
    if (items.length === 0) return;
    for (const item of items) if (this.queue.length < MAX_QUEUE) this.queue.push(item);
    if (this.running) this.tick(false);
  }

  private tick(advance: boolean): void {
    const next = this.queue.shift();
    if (next) {
      this.celebrationsShown++;
      this.show({ kind: 'celebration', celebration: next }, this.opts.celebrateMs);
      return;
    }
    if (advance && this.opts.slideCount > 0) {
      this.index = (this.index + 1) % this.opts.slideCount;
      this.slideChanges++;
    }
    this.show({ kind: 'slide', index: this.index }, this.opts.intervalMs);
  }

  private show(screen: TvScreen, ms: number): void {
    this.clear();
    this.opts.onScreen(screen);
    this.timer = this.timers.set(() => {
      this.timer = null;
      if (this.running) this.tick(true);
    }, ms);
  }

  private clear(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
