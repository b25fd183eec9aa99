// The TV playlist: rotates slides and interrupts them for celebrations, all on ONE timer.
import type { Celebration } from './celebrations';

export type TvScreen =
  | { readonly kind: 'slide'; readonly index: number }
  | { readonly kind: 'celebration'; readonly celebration: Celebration }
  | { readonly kind: 'recap'; readonly items: readonly Celebration[] };

/** More news waiting than this, and the next ones are told together on a recap slide. */
export const MAX_SINGLES = 3;
/** Lines on one recap slide (readable from across the room); a bigger backlog takes several. */
export const RECAP_SIZE = 8;

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
  private current: TvScreen | null = null;
  private seen = new Set<string>();
  /** Counters for the soak benchmark and tests. */
  slideChanges = 0;
  celebrationsShown = 0;

  private slideCount: number;

  constructor(private readonly opts: TvLoopOptions) {
    this.timers = opts.timers ?? defaultTimers;
    this.slideCount = opts.slideCount;
  }

  /** The number of pages changed (a contest started or ended): keep rotating over those there are. */
  setSlideCount(n: number): void {
    const count = Math.max(1, Math.floor(n));
    if (count === this.slideCount) return;
    this.slideCount = count;
    if (this.index >= count) this.index = 0;
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

  /**
   * Queues celebrations (none is ever dropped; news already queued or shown is not queued again)
   * and shows the first at once unless one is on screen; the loop resumes after the last. A quiet
   * minute gets one screen per piece of news; a busy one (more than MAX_SINGLES waiting) tells
   * them RECAP_SIZE at a time on recap slides, so news is never an hour late.
   */
  celebrate(items: readonly Celebration[]): void {
    const fresh = items.filter((item) => !this.seen.has(item.id));
    if (fresh.length === 0) return;
    for (const item of fresh) {
      this.seen.add(item.id);
      this.queue.push(item);
    }
    // Ids are only needed until news that old can no longer come back in a diff.
    if (this.seen.size > 5000) this.seen = new Set([...this.seen].slice(-1000));
    if (this.running && this.current?.kind === 'slide') this.tick(false);
  }

  private tick(advance: boolean): void {
    if (this.queue.length > MAX_SINGLES) {
      const items = this.queue.splice(0, RECAP_SIZE);
      this.celebrationsShown += items.length;
      this.show({ kind: 'recap', items }, this.opts.celebrateMs);
      return;
    }
    const next = this.queue.shift();
    if (next) {
      this.celebrationsShown++;
      this.show({ kind: 'celebration', celebration: next }, this.opts.celebrateMs);
      return;
    }
    if (advance && this.slideCount > 0) {
      this.index = (this.index + 1) % this.slideCount;
      this.slideChanges++;
    }
    this.show({ kind: 'slide', index: this.index }, this.opts.intervalMs);
  }

  private show(screen: TvScreen, ms: number): void {
    this.clear();
    this.current = screen;
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
