// TV wall mode: full-screen rotating slides on one timer, celebrations on top, the data stamp always visible.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Stamp } from '../data/staleness';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import type { SiteOptions } from '../params';
import type { Celebration } from '../tv/celebrations';
import { TvLoop, type TvScreen } from '../tv/loop';
import { slideStyles } from '../tv/slide-styles';
import { pageTitle, renderSlide } from '../tv/slide-view';
import { tvPages } from '../tv/pages';
import { battleStyles, contestsPageStyles, podiumStyles } from '../tv/podium-styles';
import { tvTopN } from '../tv/slides';
import { armSound, chime, soundState } from '../tv/sound';
import './br-celebration';
import './br-stamp';
import {
  avatarStyles,
  baseStyles,
  measureRows,
  playFlip,
  reducedMotion,
  type RowSpot,
} from '../../../ui';

const LOG_SIZE = 500;

export class BrTv extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    options: { attribute: false },
    stamp: { attribute: false },
    now: { type: Number },
    me: {},
    screen: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare options: SiteOptions | null;
  declare stamp: Stamp | null;
  declare now: number;
  /** The rep picked as "me" on this device: only set when a rep picked themselves on the wall's browser. */
  declare me: string | null;
  declare screen: TvScreen;
  private loop: TvLoop | null = null;
  /** Podium steps before a new snapshot: a rep who changes step glides there (the bars do it themselves). */
  private podiumBefore: Map<string, RowSpot> | null = null;
  /** Ids of the news told, oldest first (the last LOG_SIZE): what the soak test checks. */
  readonly celebrated: string[] = [];

  static override styles = [
    baseStyles,
    avatarStyles,
    css`
      :host {
        height: 100vh;
        overflow: hidden;
        background: var(--br-bg);
      }
      .frame {
        height: 100vh;
        display: grid;
        grid-template-rows: auto 1fr auto;
        /* One column no wider than the screen: a one-line banner never widens the wall. */
        grid-template-columns: minmax(0, 1fr);
        padding: 2vh 3vw;
        gap: 2vh;
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 2rem;
      }
      h1 {
        margin: 0;
        font-size: 2rem;
        /* A long team name or banner stays one line: the slides keep the screen. */
        min-width: 0;
        flex: 1 1 auto;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .slide {
        min-height: 0;
        overflow: hidden;
      }
      footer {
        display: flex;
        justify-content: space-between;
        align-items: center;
      }
      .dots {
        display: flex;
        gap: 0.5rem;
      }
      .dots span {
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        background: var(--br-border);
      }
      .dots span.on {
        background: var(--br-accent);
      }
      br-stamp {
        font-size: 0.8rem;
      }
    `,
    slideStyles,
    podiumStyles,
    battleStyles,
    contestsPageStyles,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.options = null;
    this.stamp = null;
    this.now = 0;
    this.me = null;
    this.screen = { kind: 'slide', index: 0 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const opts = this.options;
    if (!opts || this.loop) return;
    this.loop = new TvLoop({
      slideCount: Math.max(1, opts.slides.length),
      intervalMs: opts.intervalMs,
      celebrateMs: opts.celebrateMs,
      onScreen: (screen) => {
        this.screen = screen;
        if (screen.kind !== 'slide') {
          const ids =
            screen.kind === 'recap' ? screen.items.map((c) => c.id) : [screen.celebration.id];
          this.celebrated.push(...ids);
          if (this.celebrated.length > LOG_SIZE)
            this.celebrated.splice(0, this.celebrated.length - LOG_SIZE);
          if (opts.sound) chime();
          this.dataset.sound = soundState();
        }
        this.dataset.slideChanges = String(this.loop?.slideChanges ?? 0);
        this.dataset.celebrations = String(this.loop?.celebrationsShown ?? 0);
      },
    });
    if (opts.sound) armSound();
    this.loop.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loop?.stop();
    this.loop = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.podiumBefore =
      changed.has('index') && this.hasUpdated && !reducedMotion()
        ? measureRows(this.renderRoot.querySelector('ol.podium'))
        : null;
  }

  override updated(): void {
    if (this.podiumBefore) playFlip(this.renderRoot.querySelector('ol.podium'), this.podiumBefore);
    this.podiumBefore = null;
  }

  celebrate(items: readonly Celebration[]): void {
    this.loop?.celebrate(items);
  }

  override render() {
    const { index, fmt, options } = this;
    if (!index || !fmt || !options) return nothing;
    const screen = this.screen;
    const pages = tvPages(index, options);
    // A snapshot can add or end contests: the loop rotates over the pages there are now.
    this.loop?.setSlideCount(pages.length);
    const slideIndex = screen.kind === 'slide' ? screen.index % Math.max(1, pages.length) : -1;
    const page = pages[Math.max(0, slideIndex)] ?? { slide: 'leaderboard', lens: options.lens };
    const name = page.slide;
    const slide = renderSlide({
      index,
      fmt,
      options,
      now: this.now,
      topN: tvTopN(index.snapshot.team.tvTopN),
      page,
      me: this.me && index.reps.has(this.me) ? this.me : null,
    });
    return html`<div class="frame">
        <header>
          <h1>${index.snapshot.team.name}</h1>
          <br-stamp .stamp=${this.stamp}></br-stamp>
        </header>
        <main class="slide" data-slide=${name} data-page=${slideIndex} aria-label=${pageTitle(page)}>${slide}</main>
        <footer>
          <div class="dots" aria-hidden="true">${pages.map((_, i) => html`<span class=${i === slideIndex ? 'on' : ''}></span>`)}</div>
          <span class="muted">${pageTitle(page)}</span>
        </footer>
      </div>
      ${
        screen.kind === 'celebration'
          ? html`<br-celebration .celebration=${screen.celebration} .index=${index} .fmt=${fmt}></br-celebration>`
          : screen.kind === 'recap'
            ? html`<br-celebration .recap=${screen.items} .index=${index} .fmt=${fmt}></br-celebration>`
            : nothing
      }`;
  }
}

if (!customElements.get('br-tv')) customElements.define('br-tv', BrTv);
