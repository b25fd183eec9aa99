// TV wall mode: full-screen rotating slides on one timer, celebrations on top, the data stamp always visible.
import { LitElement, css, html, nothing } from 'lit';
import { contestTopStandings, statusLine, standingValue, participantName } from '../contest-text';
import type { Stamp } from '../data/staleness';
import type { Formatter } from '../format';
import { leaderboardRows } from '../leaderboard-rows';
import { LENS_LABEL, type SnapshotIndex } from '../model';
import type { SiteOptions, SlideName } from '../params';
import { KIND_ICON, recognitionDetail, recognitionHeadline } from '../recognition-text';
import type { Celebration } from '../tv/celebrations';
import { TvLoop, type TvScreen } from '../tv/loop';
import { recentAwards, recentRecognition, tvBoard, tvContests, tvTopN } from '../tv/slides';
import { chime } from '../tv/sound';
import './br-bar-chart';
import './br-celebration';
import './br-stamp';
import { baseStyles } from './styles';

/** Row heights in ems (content plus breathing room), from which the TV sizes its list type. */
const BAR_ROW_EM = 2.7;
const LINE_ROW_EM = 1.9;
const FEED_ROW_EM = 3.4;
/** Short lists keep a compact rhythm at the top instead of spreading over the whole card. */
const MIN_SLOTS = 6;

const TITLES: Record<SlideName, string> = {
  leaderboard: 'Leaderboard',
  contests: 'Contests',
  badges: 'New badges',
  recognition: 'Recognition',
};

export class BrTv extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    options: { attribute: false },
    stamp: { attribute: false },
    now: { type: Number },
    screen: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare options: SiteOptions | null;
  declare stamp: Stamp | null;
  declare now: number;
  declare screen: TvScreen;
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
      }
      h2 {
        font-size: 1.6rem;
        color: var(--br-accent);
      }
      .slide {
        min-height: 0;
        overflow: hidden;
      }
      .cols {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 3vw;
        height: 100%;
        min-height: 0;
      }
      .cols.board {
        grid-template-columns: minmax(0, 2.2fr) minmax(0, 1fr);
      }
      .cols.one {
        grid-template-columns: minmax(0, 1fr);
      }
      .panel {
        background: var(--br-surface);
        border: 1px solid var(--br-border);
        border-radius: var(--br-radius);
        padding: 1rem 1.5rem;
        min-width: 0;
        min-height: 0;
        height: 100%;
        overflow: hidden;
        display: flex;
        flex-direction: column;
      }
      .panel > p {
        margin: 0 0 0.4em;
      }
      /* The list area: its height, whatever the screen, is shared by exactly --br-rows rows. */
      .fit {
        flex: 1 1 0;
        min-height: 0;
        container-type: size;
      }
      .fit > * {
        font-size: min(var(--br-fit-max, 1.15rem), calc(100cqh / (var(--br-rows) * var(--br-row-em))));
      }
      .fit > ol,
      .fit > ul {
        height: 100%;
        display: grid;
        grid-template-rows: repeat(var(--br-rows), minmax(0, 1fr));
      }
      ol,
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .line {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        align-items: center;
        gap: 0.6em;
        min-height: 0;
        overflow: hidden;
        border-bottom: 1px solid var(--br-border);
      }
      .movers .line {
        padding: 0.45em 0;
      }
      .line:last-child {
        border-bottom: 0;
      }
      .rank {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        /* Wide enough for "15." so names line up in every row. */
        min-width: 1.8em;
        text-align: right;
      }
      .name,
      .feed .title,
      .feed .msg {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        overflow-wrap: normal;
      }
      .val {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
        text-align: right;
        font-weight: 600;
      }
      .feed li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-content: center;
        column-gap: 0.5em;
        min-height: 0;
        overflow: hidden;
        border-bottom: 1px solid var(--br-border);
      }
      .feed li:last-child {
        border-bottom: 0;
      }
      .feed .body {
        min-width: 0;
      }
      .feed .title,
      .feed .msg {
        display: block;
      }
      .feed .msg {
        color: var(--br-muted);
        font-size: 0.9em;
      }
      .feed .msg.quote {
        font-style: italic;
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
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.options = null;
    this.stamp = null;
    this.now = 0;
    this.screen = { kind: 'slide', index: 0 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const opts = this.options;
    if (!opts || this.loop) return;
    this.loop = new TvLoop({
      slideCount: opts.slides.length,
      intervalMs: opts.intervalMs,
      celebrateMs: opts.celebrateMs,
      onScreen: (screen) => {
        this.screen = screen;
        if (screen.kind === 'celebration' && opts.sound) chime();
        this.dataset.slideChanges = String(this.loop?.slideChanges ?? 0);
        this.dataset.celebrations = String(this.loop?.celebrationsShown ?? 0);
      },
    });
    this.loop.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loop?.stop();
    this.loop = null;
  }

  celebrate(items: readonly Celebration[]): void {
    this.loop?.celebrate(items);
  }

  /** A list that shares the panel's remaining height among `slots` rows of `rowEm` ems each. */
  private fit(slots: number, rowEm: number, content: unknown) {
    return html`<div class="fit" style=${`--br-rows:${Math.max(1, slots)};--br-row-em:${rowEm}`}>${content}</div>`;
  }

  private slide(name: SlideName) {
    const index = this.index!;
    const fmt = this.fmt!;
    const opts = this.options!;
    const topN = tvTopN(index.snapshot.team.tvTopN);
    switch (name) {
      case 'leaderboard': {
        const picked = tvBoard(index, opts);
        const improved = index.board(opts.period, 'improvement');
        const period = index.period(opts.period);
        const rows = picked
          ? leaderboardRows(index, fmt, picked.board, {
              team: opts.team,
              limit: topN,
              links: false,
            })
          : [];
        const movers =
          improved && picked?.lens !== 'improvement'
            ? leaderboardRows(index, fmt, improved, { team: opts.team, links: false })
                .filter((r) => r.value !== null && r.value > 0)
                .slice(0, 3)
            : [];
        return html`<div class="cols board">
          <div class="panel">
            <h2>${picked ? LENS_LABEL[picked.lens] : 'Leaderboard'} · ${period?.name ?? opts.period}${opts.team ? ` · ${opts.team}` : ''}</h2>
            ${
              rows.length > 0
                ? this.fit(
                    Math.max(rows.length, MIN_SLOTS),
                    BAR_ROW_EM,
                    html`<br-bar-chart fit .rows=${rows} label="Top of the leaderboard"></br-bar-chart>`,
                  )
                : html`<p>No ranking yet.</p>`
            }
          </div>
          <div class="panel">
            <h2>Most improved</h2>
            ${
              movers.length > 0
                ? html`<ol class="movers">${movers.map(
                    (r) =>
                      html`<li class="line"><span class="rank">${r.rank}.</span><span class="name">${r.name}</span><span class="val up">${r.valueText}</span></li>`,
                  )}</ol>`
                : html`<p>Keep going!</p>`
            }
          </div>
        </div>`;
      }
      case 'contests': {
        const contests = tvContests(index, opts.team);
        if (contests.length === 0)
          return html`<div class="panel"><h2>Contests</h2><p>No live contests right now.</p></div>`;
        return html`<div class=${contests.length === 1 ? 'cols one' : 'cols'}>
          ${contests.map((c) => {
            const top = contestTopStandings(c, opts.team, topN);
            return html`<div class="panel">
              <h2 class="name">${c.name}</h2>
              <p>${statusLine(c, this.now, fmt)}</p>
              ${c.prize ? html`<p class="name">Prize: ${c.prize}</p>` : nothing}
              ${
                top.length > 0
                  ? this.fit(
                      Math.max(top.length, MIN_SLOTS),
                      LINE_ROW_EM,
                      html`<ol class="stand">${top.map(
                        (s) =>
                          html`<li class="line"><span class="rank">${s.rank}.</span><span class="name">${participantName(index, c, s)}</span><span class="val">${standingValue(fmt, c, s)}</span></li>`,
                      )}</ol>`,
                    )
                  : html`<p>No standings yet.</p>`
              }
            </div>`;
          })}
        </div>`;
      }
      case 'badges': {
        const awards = recentAwards(index, opts.team, topN);
        return html`<div class="panel"><h2>New badges</h2>
          ${
            awards.length === 0
              ? html`<p>No badges yet.</p>`
              : this.fit(
                  Math.max(awards.length, MIN_SLOTS),
                  LINE_ROW_EM,
                  html`<ul class="badges">${awards.map((a) => {
                    const b = index.badges.get(a.badgeId);
                    return html`<li class="line"><span aria-hidden="true">${b?.icon ?? '🎖️'}</span><span class="name">${index.repName(a.repId)} · ${b?.name ?? a.badgeId}</span><span class="muted">${fmt.day(a.earnedOn)}</span></li>`;
                  })}</ul>`,
                )
          }</div>`;
      }
      case 'recognition': {
        const feed = recentRecognition(index, opts.team, Math.min(topN, 6));
        return html`<div class="panel"><h2>Recognition</h2>
          ${
            feed.length === 0
              ? html`<p>No recognition yet.</p>`
              : this.fit(
                  Math.max(feed.length, 4),
                  FEED_ROW_EM,
                  html`<ul class="feed">${feed.map((r) => {
                    const d = recognitionDetail(index, r);
                    return html`<li><span aria-hidden="true">${KIND_ICON[r.kind]}</span><span class="body"><span class="title">${recognitionHeadline(index, r)}</span>${
                      d
                        ? html`<span class=${d.quote ? 'msg quote' : 'msg'}>${d.quote ? `“${d.text}”` : d.text}</span>`
                        : nothing
                    }</span></li>`;
                  })}</ul>`,
                )
          }</div>`;
      }
    }
  }

  override render() {
    const { index, fmt, options } = this;
    if (!index || !fmt || !options) return nothing;
    const screen = this.screen;
    const slideIndex = screen.kind === 'slide' ? screen.index : -1;
    const name = options.slides[Math.max(0, slideIndex)] ?? 'leaderboard';
    return html`<div class="frame">
        <header>
          <h1>${index.snapshot.team.name}</h1>
          <br-stamp .stamp=${this.stamp}></br-stamp>
        </header>
        <main class="slide" data-slide=${name} aria-label=${TITLES[name]}>${this.slide(name)}</main>
        <footer>
          <div class="dots" aria-hidden="true">${options.slides.map((_, i) => html`<span class=${i === slideIndex ? 'on' : ''}></span>`)}</div>
          <span class="muted">${TITLES[name]}</span>
        </footer>
      </div>
      ${
        screen.kind === 'celebration'
          ? html`<br-celebration .celebration=${screen.celebration} .index=${index}></br-celebration>`
          : nothing
      }`;
  }
}

if (!customElements.get('br-tv')) customElements.define('br-tv', BrTv);
