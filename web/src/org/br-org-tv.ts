// The org wall (org.html?tv=1): league, top reps across teams, each live org contest and the teams not up to date, rotated on the team wall's one timer.
import { LitElement, css, html } from 'lit';
import { baseStyles } from '../../../ui';
import { TvLoop } from '../tv/loop';
import { slideStyles } from '../tv/slide-styles';
import type { OrgContest } from './contests';
import type { League } from './league';
import { ORG_SLIDES, type OrgSlide, orgTvPages, pageTitle } from './tv-pages';
import { orgSlide } from './tv-slides';

export class BrOrgTv extends LitElement {
  static override properties = {
    name: {},
    league: { attribute: false },
    contests: { attribute: false },
    intervalMs: { type: Number },
    slides: { attribute: false },
    index: { state: true },
  };
  declare name: string;
  declare league: League | null;
  declare contests: readonly OrgContest[];
  declare intervalMs: number;
  declare slides: readonly OrgSlide[];
  declare index: number;
  private loop: TvLoop | null = null;

  static override styles = [
    baseStyles,
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
        grid-template-columns: minmax(0, 1fr);
        padding: 2vh 3vw;
        gap: 2vh;
      }
      header,
      footer {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        gap: 2rem;
      }
      h1 {
        margin: 0;
        font-size: 2rem;
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
      .tag {
        font-size: 0.7em;
        margin-left: 0.5em;
        padding: 0 0.4em;
        border-radius: 999px;
        background: var(--br-warn-bg);
        color: var(--br-warn-text);
      }
      /* A wall on a phone (a manager checking it): the org's name may wrap rather than be cut. */
      @media (max-width: 40rem) {
        header {
          flex-wrap: wrap;
        }
        h1 {
          white-space: normal;
        }
      }
      .notice li {
        padding: 0.3em 0;
        border-bottom: 1px solid var(--br-border);
      }
    `,
    slideStyles,
  ];

  constructor() {
    super();
    this.name = '';
    this.league = null;
    this.contests = [];
    this.intervalMs = 15_000;
    this.slides = ORG_SLIDES;
    this.index = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loop) return;
    this.loop = new TvLoop({
      slideCount: 1,
      intervalMs: this.intervalMs,
      celebrateMs: this.intervalMs,
      onScreen: (screen) => {
        if (screen.kind === 'slide') this.index = screen.index;
        this.dataset.slideChanges = String(this.loop?.slideChanges ?? 0);
      },
    });
    this.loop.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loop?.stop();
    this.loop = null;
  }

  override render() {
    const league = this.league;
    if (!league)
      return html`<div class="frame"><h1>${this.name || 'Organisation'}</h1><p>Loading the teams…</p></div>`;
    const pages = orgTvPages(league, this.contests, this.slides);
    this.loop?.setSlideCount(pages.length);
    const at = this.index % pages.length;
    const page = pages[at]!;
    const fresh = league.rows.filter((r) => r.status === 'fresh').length;
    return html`<div class="frame">
      <header>
        <h1>${this.name}</h1>
        <span class="muted" data-teams>${fresh} of ${league.rows.length} teams up to date</span>
      </header>
      <section class="slide" data-slide=${page.slide} aria-label=${pageTitle(page, this.contests)}>${orgSlide(page, league, this.contests)}</section>
      <footer>
        <div class="dots" aria-hidden="true">${pages.map((_, i) => html`<span class=${i === at ? 'on' : ''}></span>`)}</div>
        <span class="muted">${pageTitle(page, this.contests)}</span>
      </footer>
    </div>`;
  }
}

customElements.define('br-org-tv', BrOrgTv);

declare global {
  interface HTMLElementTagNameMap {
    'br-org-tv': BrOrgTv;
  }
}
