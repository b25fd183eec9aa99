// Animated re-ranking (FLIP): rows measured before an update glide from where they were; still under reduced motion.

/** How long a row takes to reach its new rank: long enough to follow, short enough not to hold up reading. */
export const MOVE_MS = 450;
const EASING = 'cubic-bezier(0.2, 0, 0, 1)';

/** Where a row's box stands relative to its list, in px (left for side-by-side steps, top for rows). */
export interface RowSpot {
  readonly left: number;
  readonly top: number;
}

export interface RowMove {
  readonly key: string;
  /** px from where the row now stands back to where it stood (the animation's start offset). */
  readonly dx: number;
  readonly dy: number;
}

/**
 * The moves to animate: each row that was on screen before and now stands elsewhere (by more
 * than half a pixel, sub-pixel rounding is not a move). New rows (`entered`) fade in instead.
 */
export function flipMoves(
  before: ReadonlyMap<string, RowSpot>,
  after: ReadonlyMap<string, RowSpot>,
): { moves: RowMove[]; entered: string[] } {
  const moves: RowMove[] = [];
  const entered: string[] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (was === undefined) {
      entered.push(key);
      continue;
    }
    const dx = Math.abs(was.left - now.left) > 0.5 ? was.left - now.left : 0;
    const dy = Math.abs(was.top - now.top) > 0.5 ? was.top - now.top : 0;
    if (dx !== 0 || dy !== 0) moves.push({ key, dx, dy });
  }
  return { moves, entered };
}

/** The user asked the system for less motion: ranks just update. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Spots of the list's keyed rows (`data-key`), relative to the list, as drawn now (mid-animation included). */
export function measureRows(list: Element | null): Map<string, RowSpot> {
  const spots = new Map<string, RowSpot>();
  if (!list) return spots;
  const origin = list.getBoundingClientRect();
  for (const li of list.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
    const r = li.getBoundingClientRect();
    spots.set(li.dataset.key!, { left: r.left - origin.left, top: r.top - origin.top });
  }
  return spots;
}

/** Plays the moves from `before` on the list's rows now (Web Animations: nothing left behind when done). */
export function playFlip(list: Element | null, before: ReadonlyMap<string, RowSpot>): void {
  if (!list) return;
  const rows = [...list.querySelectorAll<HTMLElement>(':scope > [data-key]')];
  const byKey = new Map(rows.map((li) => [li.dataset.key!, li]));
  // A row still gliding from the last update starts again from where it is drawn now.
  for (const li of rows) for (const a of li.getAnimations()) a.cancel();
  const { moves, entered } = flipMoves(before, measureRows(list));
  for (const { key, dx, dy } of moves) {
    byKey
      .get(key)
      ?.animate(
        [
          { transform: `translate(${dx.toFixed(1)}px, ${dy.toFixed(1)}px)` },
          { transform: 'translate(0, 0)' },
        ],
        { duration: MOVE_MS, easing: EASING },
      );
  }
  // Rows new to the list (a rep who just scored, the next page) fade in where they belong.
  if (before.size > 0) {
    for (const key of entered) {
      byKey
        .get(key)
        ?.animate([{ opacity: 0 }, { opacity: 1 }], { duration: MOVE_MS, easing: EASING });
    }
  }
}
