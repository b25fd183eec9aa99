// Which module defines each view beyond the first one: the leaderboard ships in the first load, these load when opened.
import type { Route } from './router';

/** Views (and the TV wall) whose elements live in chunks of their own (the JS budget, BENCHMARKS.md). */
export type LazyView = 'contests' | 'contest' | 'badges' | 'rep' | 'recognition' | 'tv';

// One literal import() per view so the bundler can split each into its own chunk.
const LOADERS: { readonly [K in LazyView]: () => Promise<unknown> } = {
  contests: () => import('./components/br-contests'),
  contest: () => import('./components/br-contest'),
  badges: () => import('./components/br-badges'),
  rep: () => import('./components/br-rep'),
  recognition: () => import('./components/br-recognition'),
  tv: () => import('./components/br-tv'),
};

/** The lazily loaded view a route (or the wall) needs; null for what the first load already has. */
export function lazyViewFor(route: Route, tv: boolean): LazyView | null {
  if (tv) return 'tv';
  switch (route.view) {
    case 'leaderboard':
    case 'not-found':
      return null;
    case 'contests':
    case 'contest':
    case 'badges':
    case 'rep':
    case 'recognition':
      return route.view;
  }
}

const loaded = new Set<LazyView>();
const pending = new Map<LazyView, Promise<void>>();

export function isLoaded(view: LazyView): boolean {
  return loaded.has(view);
}

/**
 * Loads a view's module once; a failed load (a new deploy removed the old chunk, the network
 * dropped) is forgotten so the next call tries again.
 */
export function loadView(view: LazyView): Promise<void> {
  let p = pending.get(view);
  if (!p) {
    p = LOADERS[view]().then(
      () => {
        loaded.add(view);
      },
      (e: unknown) => {
        pending.delete(view);
        throw e;
      },
    );
    pending.set(view, p);
  }
  return p;
}
