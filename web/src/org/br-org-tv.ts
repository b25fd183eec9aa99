// The org wall (org.html?tv=1): league, top reps across teams, each live org contest and the teams not up to date, rotated on the team wall's one timer.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../../../ui';
import { TvLoop } from '../tv/loop';
import { FEED_ROW_EM, fitList, LINE_ROW_EM, MIN_SLOTS } from '../tv/slide-kit';
import { slideStyles } from '../tv/slide-styles';
import type { OrgContest } from './contests';
import type { League } from './league';
import { orgFigure, orgFormatter } from './org-format';
import {
  ORG_SLIDES,
  ORG_TV_ROWS,
  type OrgSlide,
  type OrgTvPage,
  orgTvPages,
  pageTitle,
  staleNotice,
  topRanked,
} from './tv-pages';

/** Reps beside a contest's teams: the podium of the org, not a second table. */
const CONTEST_REPS = 5;

const pct = (v: number | null) => orgFormatter('USD').percent(v) ?? '–';

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

  private list(label: string, items: unknown[]) {
    return fitList(
      Math.max(items.length, MIN_SLOTS),
      LINE_ROW_EM,
      html`<ol aria-label=${label}>${items}</ol>`,
    );
  }

  private line(rank: number, name: unknown, value: string) {
    return html`<li class="line"><span class="rank">${rank}.</span><span class="name">${name}</span><span class="val">${value}</span></li>`;
  }

  private leagueSlide(league: League) {
    const rows = topRanked(league.rows);
    return html`<div class="cols one"><div class="panel">
      <h2>League of teams · % of target per rep, this ${league.period}</h2>
      ${this.list(
        'League of teams',
        rows.map((r) =>
          this.line(
            r.rank,
            html`${r.team}${r.status === 'stale' ? html`<span class="tag">stale</span>` : nothing}`,
            pct(r.attainmentPct),
          ),
        ),
      )}
    </div></div>`;
  }

  private topRepsSlide(league: League) {
    return html`<div class="cols one"><div class="panel">
      <h2>Top reps across teams · % of target, this ${league.period}</h2>
      ${this.list(
        'Top reps across teams',
        league.topReps
          .slice(0, ORG_TV_ROWS)
          .map((r) => this.line(r.rank, `${r.name} · ${r.team}`, pct(r.attainmentPct))),
      )}
    </div></div>`;
  }

  private contestSlide(c: OrgContest) {
    const teams = topRanked(c.teams);
    return html`<div class="cols board">
      <div class="panel">
        <h2>${c.name} · ${c.basis === 'per_target' ? '% of goal per rep' : 'per rep'}</h2>
        ${this.list(
          `Teams in ${c.name}`,
          teams.map((t) =>
            this.line(
              t.rank,
              html`${t.team}${t.stale ? html`<span class="tag">stale</span>` : nothing}`,
              orgFigure(c, c.basis === 'per_target' ? t.perTargetPct : t.perRep, t.currency),
            ),
          ),
        )}
      </div>
      <div class="panel">
        <h2>Top reps</h2>
        ${this.list(
          `Top reps in ${c.name}`,
          c.topReps
            .slice(0, CONTEST_REPS)
            .map((r) =>
              this.line(r.rank, `${r.name} · ${r.team}`, orgFigure(c, r.value, r.currency)),
            ),
        )}
      </div>
    </div>`;
  }

  private staleSlide(league: League) {
    const notice = staleNotice(league);
    return html`<div class="cols"><div class="panel notice">
        <h2>Not updated</h2>
        ${
          notice.stale.length === 0
            ? html`<p>Every team that loaded is up to date.</p>`
            : fitList(
                Math.max(notice.stale.length, MIN_SLOTS),
                FEED_ROW_EM,
                html`<ul>${notice.stale.map((s) => html`<li><strong>${s.team}</strong>: ${s.note}</li>`)}</ul>`,
              )
        }
      </div>
      <div class="panel notice">
        <h2>Not loaded</h2>
        <p>Not ranked, and never counted as zero.</p>
        ${
          notice.notLoaded.length === 0
            ? html`<p>Every team loaded.</p>`
            : fitList(
                Math.max(notice.notLoaded.length, MIN_SLOTS),
                LINE_ROW_EM,
                html`<ul>${notice.notLoaded.map((t) => html`<li><strong>${t}</strong></li>`)}</ul>`,
              )
        }
      </div></div>`;
  }

  private renderPage(page: OrgTvPage, league: League) {
    switch (page.slide) {
      case 'league':
        return this.leagueSlide(league);
      case 'top_reps':
        return this.topRepsSlide(league);
      case 'contest': {
        const c = this.contests.find((x) => x.key === page.key);
        return c ? this.contestSlide(c) : this.leagueSlide(league);
      }
      case 'stale':
        return this.staleSlide(league);
    }
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
      <section class="slide" data-slide=${page.slide} aria-label=${pageTitle(page, this.contests)}>${this.renderPage(page, league)}</section>
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
