// Hash routes (#/leaderboard, #/contests/<id>, #/reps/<id>, ...): no server configuration needed.
import type { Lens, PeriodKindPublic } from '../../shared/snapshot';

export type Route =
  | { view: 'leaderboard'; period: PeriodKindPublic | null; lens: Lens | null }
  | { view: 'contests' }
  | { view: 'contest'; id: string }
  | { view: 'badges' }
  | { view: 'rep'; id: string }
  | { view: 'recognition' }
  | { view: 'not-found'; path: string };

const PERIODS = new Set(['week', 'month', 'quarter', 'year']);
const LENSES = new Set(['revenue', 'attainment', 'activity_points', 'improvement']);

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(decode);
  const q = new URLSearchParams(queryPart);
  const [head, id, ...rest] = parts;
  if (rest.length > 0) return { view: 'not-found', path: parts.join('/') };
  if (head === undefined || head === 'leaderboard') {
    if (id !== undefined) return { view: 'not-found', path: parts.join('/') };
    const period = q.get('period');
    const lens = q.get('lens');
    return {
      view: 'leaderboard',
      period: period && PERIODS.has(period) ? (period as PeriodKindPublic) : null,
      lens: lens && LENSES.has(lens) ? (lens as Lens) : null,
    };
  }
  if (head === 'contests') return id === undefined ? { view: 'contests' } : { view: 'contest', id };
  if (head === 'reps' && id !== undefined) return { view: 'rep', id };
  if (head === 'badges' && id === undefined) return { view: 'badges' };
  if (head === 'recognition' && id === undefined) return { view: 'recognition' };
  return { view: 'not-found', path: parts.join('/') };
}

export function hrefFor(route: Route): string {
  switch (route.view) {
    case 'leaderboard': {
      const q = new URLSearchParams();
      if (route.period) q.set('period', route.period);
      if (route.lens) q.set('lens', route.lens);
      const s = q.toString();
      return `#/leaderboard${s ? `?${s}` : ''}`;
    }
    case 'contests':
      return '#/contests';
    case 'contest':
      return `#/contests/${encodeURIComponent(route.id)}`;
    case 'badges':
      return '#/badges';
    case 'rep':
      return `#/reps/${encodeURIComponent(route.id)}`;
    case 'recognition':
      return '#/recognition';
    case 'not-found':
      return `#/${route.path}`;
  }
}
