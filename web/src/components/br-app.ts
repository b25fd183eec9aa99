// The site's root element: owns the data store, the route, the timers, and picks the view or the TV wall.
import { LitElement, css, html, nothing } from 'lit';
import type { Snapshot } from '../../../shared/snapshot';
import { checkDataSource, readAllowedSources, redirectAllowed } from '../data/source';
import { indexedDbCache } from '../data/idb-cache';
import { wantFor } from '../data/parts';
import { computeStamp } from '../data/staleness';
import { type DataState, SnapshotStore } from '../data/store';
import { type Formatter, makeFormatter } from '../format';
import { type SnapshotIndex, indexSnapshot } from '../model';
import { type DayMemo, memoOf, readMe, rememberDay, storage, writeMe } from '../me-storage';
import { type SiteOptions, readOptions } from '../params';
import { type Route, hrefFor, parseHash } from '../router';
import { type LazyView, isLoaded, lazyViewFor, loadView } from '../lazy-views';
// The first view ships with the page; every other view (and the TV wall) loads when opened.
import './br-leaderboard';
import './br-stamp';
import './br-status-screen';
import type { BrTv } from './br-tv';
import { baseStyles } from '../../../ui';

const THEME_KEY = 'bellringer:theme';
type Theme = 'auto' | 'light' | 'dark';

function indexedDbFactory(): IDBFactory | null {
  try {
    return window.indexedDB ?? null;
  } catch {
    return null;
  }
}

export class BrApp extends LitElement {
  static override properties = {
    data: { state: true },
    route: { state: true },
    now: { state: true },
    theme: { state: true },
    me: { state: true },
    progress: { state: true },
    viewError: { state: true },
  };
  declare data: DataState;
  declare route: Route;
  declare now: number;
  declare theme: Theme;
  /** The rep this device picked as "me" (web/src/me-storage.ts); null until someone picks. */
  declare me: string | null;
  /** My numbers on the latest earlier data day this device saw, for "since yesterday". */
  private memo: DayMemo | null = null;
  /** Download progress of the first load (nothing is on screen yet). */
  declare progress: { received: number; total: number | null } | null;
  private memoFor: string | null = null;
  /** A view's module failed to load (offline, or a new deploy replaced it): said, with a retry. */
  declare viewError: LazyView | null;

  options: SiteOptions = readOptions('');
  private store: SnapshotStore | null = null;
  private unsubscribe: (() => void) | null = null;
  private refreshTimer: ReturnType<typeof setInterval> | null = null;
  private clockTimer: ReturnType<typeof setInterval> | null = null;
  private indexed: { snapshot: Snapshot; index: SnapshotIndex; fmt: Formatter } | null = null;
  private attempted = false;
  /** The `?data=` address was refused (web/src/data/source.ts): nothing is fetched or read from the cache. */
  private refused = false;
  private readonly onHash = () => {
    const before = this.route;
    this.route = parseHash(location.hash);
    this.wantParts();
    // A new page moves focus to its content; switching a leaderboard's period or lens keeps focus
    // on the switcher the user is operating.
    if (before.view !== this.route.view || before.view !== 'leaderboard') {
      this.updateComplete.then(() => this.focusMain());
    }
  };

  static override styles = [
    baseStyles,
    css`
      header {
        padding: 0.25rem 1rem 0;
        border-bottom: 1px solid var(--br-border);
        background: var(--br-surface);
      }
      .top {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        min-height: 44px;
      }
      h1 {
        font-size: 1.15rem;
        margin: 0;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a,
      a.my {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        text-decoration: none;
        color: var(--br-text);
        border-bottom: 3px solid transparent;
      }
      a.my {
        flex-shrink: 0;
        color: var(--br-accent);
        font-weight: 600;
      }
      nav a[aria-current='page'],
      a.my[aria-current='page'] {
        border-bottom-color: var(--br-accent);
        font-weight: 600;
      }
      footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
      }
      footer button {
        min-height: 44px;
      }
      main {
        max-width: var(--br-max-width);
        margin: 0 auto;
        padding: 1rem;
      }
      main:focus {
        outline: none;
      }
      footer {
        max-width: var(--br-max-width);
        margin: 0 auto;
        padding: 0.5rem 1rem 2rem;
      }
      @media (max-width: 40rem) {
        header {
          padding: 0 0.75rem;
        }
        /* Four tabs on one line at 360 px. */
        nav ul {
          flex-wrap: nowrap;
          justify-content: space-between;
          gap: 0 0.5rem;
          font-size: 0.9rem;
        }
        main {
          padding: 0.75rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.route = parseHash('');
    this.now = Date.now();
    this.theme = 'auto';
    this.me = null;
    this.progress = null;
    this.viewError = null;
    this.data = { snapshot: null, receivedAt: null, error: null, fromCache: false, loading: true };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.options = readOptions(location.search);
    const root = document.documentElement;
    root.classList.toggle('tv', this.options.tv);
    const saved = storage()?.getItem(THEME_KEY);
    this.setTheme(saved === 'light' || saved === 'dark' ? saved : 'auto', false);
    this.me = readMe(storage());
    this.route = parseHash(location.hash);
    window.addEventListener('hashchange', this.onHash);
    const allowed = readAllowedSources(document);
    const source = checkDataSource(this.options.dataUrl, location.href, allowed);
    if (!source.ok) {
      this.refused = true;
      this.attempted = true;
      this.data = { ...this.data, loading: false, error: source.reason };
      return;
    }
    this.store = new SnapshotStore(source.url, {
      fetch: (url, init) => window.fetch(url, init),
      storage: storage(),
      cache: indexedDbCache(indexedDbFactory(), storage()),
      now: () => Date.now(),
      acceptFinalUrl: (final) => redirectAllowed(source, final, location.href, allowed),
      onProgress: (received, total) => {
        if (!this.data.snapshot) this.progress = { received, total };
      },
    });
    this.data = { ...this.store.state, loading: this.store.state.snapshot === null };
    this.unsubscribe = this.store.subscribe((state, previous) => this.onData(state, previous));
    this.wantParts();
    void this.reload();
    this.refreshTimer = setInterval(() => void this.reload(), this.options.refreshMs);
    this.clockTimer = setInterval(() => {
      this.now = Date.now();
    }, 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.unsubscribe?.();
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    if (this.clockTimer) clearInterval(this.clockTimer);
    this.refreshTimer = this.clockTimer = null;
  }

  /** A page beyond the first load (a rep's history, a final race, the holders) loads its part; the wall needs none. */
  private wantParts(): void {
    void this.store?.want(this.options.tv ? null : wantFor(this.route));
  }

  /** For tests and the soak benchmark: force a data reload now. */
  reload(): Promise<unknown> {
    return this.store?.reload() ?? Promise.resolve();
  }

  private onData(state: DataState, previous: Snapshot | null): void {
    this.attempted = true;
    // A TV reloads every minute for weeks: keep the browser's resource-timing buffer empty.
    performance.clearResourceTimings?.();
    this.now = Date.now();
    this.data = state;
    const next = state.snapshot;
    if (!this.options.tv || !next || next === previous) return;
    // The news rules ship with the wall's chunk; promises settle in call order, so news stays in order.
    void import('../tv/celebrations').then(({ diffCelebrations }) => {
      const news = diffCelebrations(previous, next);
      if (news.length === 0) return;
      this.updateComplete.then(() => {
        this.renderRoot.querySelector<BrTv>('br-tv')?.celebrate(news);
      });
    });
  }

  /** The view's module, loading it once; renders again when it arrives (or says it could not). */
  private viewReady(view: LazyView | null): boolean {
    if (view === null || isLoaded(view)) return true;
    loadView(view).then(
      () => {
        if (this.viewError === view) this.viewError = null;
        this.requestUpdate();
      },
      () => {
        this.viewError = view;
      },
    );
    return false;
  }

  private viewPending(view: LazyView) {
    const failed = this.viewError === view;
    return html`<br-status-screen heading=${failed ? 'This page could not be loaded' : 'Loading…'} reason=${failed ? 'Check the connection, then try again.' : ''} ?retry=${failed} ?kiosk=${this.options.tv} @br-retry=${() => {
      this.viewError = null;
    }}></br-status-screen>`;
  }

  private setMe(repId: string | null): void {
    writeMe(storage(), repId);
    this.me = repId;
    this.memo = null;
    this.memoFor = null;
  }

  /** Once per snapshot and "me": records today's memo and keeps the earlier day's for "since yesterday". */
  private memoOf(snapshot: Snapshot): DayMemo | null {
    const key = this.me ? `${this.me}|${snapshot.generatedAt}` : null;
    if (key !== this.memoFor) {
      this.memoFor = key;
      this.memo =
        this.me && snapshot.reps.some((r) => r.id === this.me)
          ? rememberDay(storage(), memoOf(snapshot, this.me))
          : null;
    }
    return this.memo;
  }

  private setTheme(theme: Theme, persist = true): void {
    this.theme = theme;
    const root = document.documentElement;
    if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
    if (persist) {
      try {
        storage()?.setItem(THEME_KEY, theme);
      } catch {
        // Not persisted; the choice still applies to this visit.
      }
    }
  }

  private focusMain(): void {
    const main = this.renderRoot.querySelector<HTMLElement>('main');
    if (main && !this.options.tv) {
      main.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }

  private model(snapshot: Snapshot) {
    if (this.indexed?.snapshot !== snapshot) {
      this.indexed = {
        snapshot,
        index: indexSnapshot(snapshot),
        fmt: makeFormatter(snapshot.team),
      };
    }
    return this.indexed;
  }

  override render() {
    const { snapshot } = this.data;
    if (!snapshot) {
      const failed = this.attempted && this.data.error !== null;
      if (this.refused)
        return html`<main><br-status-screen heading="This leaderboard link is not allowed" .reason=${this.data.error ?? ''}></br-status-screen></main>`;
      return failed
        ? html`<main><br-status-screen heading=${this.data.transient ? 'One moment…' : 'The leaderboard data could not be loaded'} .reason=${this.data.error ?? ''} .source=${this.options.dataUrl} retry ?kiosk=${this.options.tv} .retrySeconds=${this.options.refreshMs / 1000} @br-retry=${() => void this.reload()}></br-status-screen></main>`
        : html`<main><br-status-screen heading="Loading the leaderboard…" .progress=${this.progress}></br-status-screen></main>`;
    }
    const { index, fmt } = this.model(snapshot);
    const stamp = computeStamp(this.data, this.now, this.options.staleAfterMs);
    const lazy = lazyViewFor(this.route, this.options.tv);
    const ready = this.viewReady(lazy);
    if (this.options.tv) {
      if (!ready) return html`<main>${this.viewPending('tv')}</main>`;
      return html`<br-tv .index=${index} .fmt=${fmt} .options=${this.options} .stamp=${stamp} .now=${this.now} .me=${this.me}></br-tv>`;
    }
    document.title = `${snapshot.team.name} · Bellringer`;
    const r = this.route;
    const section =
      r.view === 'contest' ? 'contests' : r.view === 'rep' || r.view === 'not-found' ? '' : r.view;
    const navItem = (view: 'leaderboard' | 'contests' | 'badges' | 'recognition', label: string) =>
      html`<li><a href=${hrefFor(view === 'leaderboard' ? { view, period: null, lens: null } : { view })} aria-current=${section === view ? 'page' : 'false'}>${label}</a></li>`;
    const me = this.me && index.reps.has(this.me) ? this.me : null;
    return html`
      <header>
        <div class="top">
          <h1>${snapshot.team.name}</h1>
          ${me ? html`<a class="my" href=${hrefFor({ view: 'rep', id: me })} aria-current=${r.view === 'rep' && r.id === me ? 'page' : 'false'}>My page</a>` : nothing}
        </div>
        <nav aria-label="Main">
          <ul>
            ${navItem('leaderboard', 'Leaderboard')} ${navItem('contests', 'Contests')}
            ${navItem('badges', 'Badges')} ${navItem('recognition', 'Recognition')}
          </ul>
        </nav>
      </header>
      <main tabindex="-1" @br-me=${(e: CustomEvent<string | null>) => this.setMe(e.detail)}>${ready || !lazy ? this.renderView(index, fmt, snapshot) : this.viewPending(lazy)}</main>
      <footer>
        <br-stamp .stamp=${stamp}></br-stamp>
        <button type="button" class="theme" @click=${() => this.setTheme(this.theme === 'auto' ? 'dark' : this.theme === 'dark' ? 'light' : 'auto')}>
          Theme: ${this.theme}
        </button>
      </footer>
    `;
  }

  private renderView(index: SnapshotIndex, fmt: Formatter, snapshot: Snapshot) {
    const r = this.route;
    switch (r.view) {
      case 'leaderboard':
        return html`<br-leaderboard .index=${index} .fmt=${fmt} .period=${r.period ?? this.options.period} .lens=${r.lens ?? this.options.lens} .me=${this.me}></br-leaderboard>`;
      case 'contests':
        return html`<br-contests .index=${index} .fmt=${fmt} .now=${this.now} .me=${this.me}></br-contests>`;
      case 'contest':
        return html`<br-contest .index=${index} .fmt=${fmt} .now=${this.now} .contestId=${r.id} .me=${this.me}></br-contest>`;
      case 'badges':
        return html`<br-badges .index=${index}></br-badges>`;
      case 'rep':
        return html`<br-rep .index=${index} .fmt=${fmt} .repId=${r.id} .me=${this.me} .memo=${this.memoOf(snapshot)}></br-rep>`;
      case 'recognition':
        return html`<br-recognition .index=${index} .fmt=${fmt}></br-recognition>`;
      case 'not-found':
        return html`<h2>Page not found</h2><p>There is no page at <code>#/${r.path}</code>. <a href="#/leaderboard">Go to the leaderboard</a>.</p>`;
    }
  }
}

if (!customElements.get('br-app')) customElements.define('br-app', BrApp);
