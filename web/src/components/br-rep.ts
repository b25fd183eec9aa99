// A rep's own page (#/reps/<id>): today first (pace, next rank, changes, next badge), level, streak, contests; the rest behind "More".
import { compareText } from '../../../shared/order';
import { badgeProgressText } from '../badge-progress';
import { LitElement, css, html, nothing } from 'lit';
import type { SnapshotRep } from '../../../shared/snapshot';
import { showsStandings, standingValue } from '../contest-text';
import type { Formatter } from '../format';
import { PERIODS, PERIOD_LABEL, type SnapshotIndex } from '../model';
import { repContests, repRanks } from '../rep-facts';
import { hrefFor } from '../router';
import { streakDays, streakHelp, streakLine } from '../streak-text';
import './br-explain';
import './br-recognition';
import './br-rep-ranks';
import './br-ring';
import './br-rep-today';
import type { DayMemo } from '../me-storage';
import { avatar, avatarStyles, baseStyles } from '../../../ui';

/** Long lists (badges earned, next badges) show this many until "Show all N". */
const FEW = 5;
const LEVEL_HELP =
  'XP is earned from results, activity and badges as computed by the engine; each level needs more XP than the last.';

export class BrRep extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    repId: {},
    me: {},
    memo: { attribute: false },
    expanded: { state: true },
    more: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare repId: string;
  /** The rep this device picked as "me" (null: nobody yet). */
  declare me: string | null;
  declare memo: DayMemo | null;
  /** "More" pressed: every period, next badges, ranks, badges earned and recognition. */
  declare more: boolean;
  /** Lists shown in full ("Show all N" pressed); the rest show their first FEW. */
  declare expanded: ReadonlySet<'awards' | 'progress'>;

  static override styles = [
    baseStyles,
    avatarStyles,
    css`
      .head > div {
        min-width: 0;
      }
      .head {
        display: flex;
        gap: 1rem;
        align-items: center;
      }
      .avatar {
        flex-shrink: 0;
        width: 4rem;
        height: 4rem;
        font-size: 1.4rem;
      }
      h2 {
        overflow-wrap: anywhere;
      }
      section {
        margin: 1.5rem 0;
      }
      .rings {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      .facts {
        display: grid;
        gap: var(--br-gap);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      }
      /* Phone: level and streak side by side, so today's next steps stay within three screens. */
      @media (max-width: 40rem) {
        .facts.pair {
          grid-template-columns: repeat(2, minmax(0, 1fr));
          gap: 0.5rem;
        }
        .facts.pair .card {
          padding: 0.6rem;
        }
        .facts.pair .big {
          font-size: 1.2rem;
        }
      }
      .big {
        font-size: 1.6rem;
        font-weight: 700;
        margin: 0.2rem 0;
      }
      .more {
        margin: 0.6rem 0 0;
      }
      .today {
        border-left: 4px solid var(--br-accent);
        padding-left: 0.75rem;
      }
      .pill.you {
        font-size: 0.8rem;
        vertical-align: middle;
        background: var(--br-accent);
        color: var(--br-accent-text);
        border-color: var(--br-accent);
      }
      h4 {
        margin: 0 0 0.5rem;
      }
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.6rem;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.repId = '';
    this.me = null;
    this.memo = null;
    this.more = false;
    this.expanded = new Set();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('repId') && changed.get('repId') !== undefined) {
      this.expanded = new Set();
      this.more = false;
    }
  }

  private pickMe(repId: string | null) {
    this.dispatchEvent(
      new CustomEvent<string | null>('br-me', { detail: repId, bubbles: true, composed: true }),
    );
  }

  private firstFew<T>(list: readonly T[], key: 'awards' | 'progress'): readonly T[] {
    return this.expanded.has(key) ? list : list.slice(0, FEW);
  }

  private moreButton(total: number, key: 'awards' | 'progress', lessText: string) {
    if (total <= FEW) return nothing;
    const open = this.expanded.has(key);
    const toggle = () => {
      const next = new Set(this.expanded);
      if (open) next.delete(key);
      else next.add(key);
      this.expanded = next;
    };
    return html`<p class="more"><button type="button" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>${open ? `${lessText} ${FEW}` : `Show all ${total}`}</button></p>`;
  }

  private attainmentHelp(kind: (typeof PERIODS)[number]): string {
    const entry = this.index
      ?.board(kind, 'attainment')
      ?.entries.find((e) => e.repId === this.repId);
    return (
      entry?.explanation ??
      'Attainment is revenue from won deals divided by your own revenue target for the period. Target amounts stay private.'
    );
  }

  private facts(rep: SnapshotRep) {
    const xpText =
      rep.nextLevelXp !== null ? `${rep.xp} / ${rep.nextLevelXp} XP` : `${rep.xp} XP (top level)`;
    const xpPct = rep.nextLevelXp ? Math.min(100, (rep.xp / rep.nextLevelXp) * 100) : 100;
    const bar = this.index!.snapshot.team.streakDailyPoints;
    return html`<div class="facts pair">
      <div class="card">
        <h3>Level</h3>
        <p class="big">${rep.level} · ${rep.levelTitle}</p>
        <div class="meter" role="progressbar" aria-label="XP toward the next level" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(xpPct)} aria-valuetext=${xpText}><span style=${`width:${xpPct.toFixed(1)}%`}></span></div>
        <p class="muted">${xpText}</p>
        <br-explain .text=${LEVEL_HELP}></br-explain>
      </div>
      <div class="card">
        <h3>Activity streak</h3>
        <p class="big">${streakDays(rep.streak.current)}</p>
        <p class="muted">${streakLine(rep.streak.best, bar)}</p>
        <br-explain .text=${streakHelp(bar)}></br-explain>
      </div>
    </div>`;
  }

  private periods(rep: SnapshotRep) {
    const fmt = this.fmt!;
    return html`<div class="facts">
      ${PERIODS.map((k) => {
        const pct = rep.attainment[k];
        const pace = this.index?.period(k)?.pace?.pct ?? null;
        return html`<div class="card">
          <h4>Attainment · ${PERIOD_LABEL[k].toLowerCase()}</h4>
          <br-ring .pct=${pct} .pace=${pace} .text=${fmt.percent(pct) ?? 'No target'} caption="of own target"></br-ring>
          ${pace !== null ? html`<p class="muted">Pace today: ${fmt.percent(pace)}</p>` : nothing}
          <br-explain .text=${this.attainmentHelp(k)}></br-explain>
        </div>`;
      })}
    </div>`;
  }

  /** Live and upcoming contests lead the page; finished ones wait behind "More". */
  private contests(repId: string, finished: boolean) {
    const index = this.index!;
    const fmt = this.fmt!;
    const contests = repContests(index, repId).filter(
      ({ contest }) => (contest.status === 'final') === finished,
    );
    if (contests.length === 0)
      return html`<p>${finished ? 'No finished contest yet.' : 'Not in a live or upcoming contest.'}</p>`;
    return html`<ul class="plain">${contests.map(
      ({ contest, standing }) => html`<li class="card">
        <a href=${hrefFor({ view: 'contest', id: contest.id })}>${contest.name}</a>
        <span class="pill">${contest.status}</span>
        <p>${
          showsStandings(contest)
            ? `Rank ${standing.rank} of ${contest.standings.length} · ${standingValue(fmt, contest, standing)}`
            : `Not started yet: starts ${fmt.day(contest.start)}`
        }</p>
        <br-explain .text=${standing.explanation}></br-explain>
      </li>`,
    )}</ul>`;
  }

  private moreContent(rep: SnapshotRep) {
    const index = this.index!;
    const fmt = this.fmt!;
    const ranks = repRanks(index, fmt, rep.id);
    const awards = index.awardsByRep.get(rep.id) ?? [];
    const progress = index.snapshot.progress
      .filter((p) => p.repId === rep.id)
      .sort((a, b) => b.pct - a.pct || compareText(a.badgeId, b.badgeId));
    return html`<div id="more">
      <section aria-labelledby="periods-h">
        <h3 id="periods-h">Every period</h3>
        ${this.periods(rep)}
      </section>
      <section aria-labelledby="progress-h">
        <h3 id="progress-h">Badges in progress</h3>
        ${
          progress.length === 0
            ? html`<p>No badge in progress.</p>`
            : html`<ul class="plain">${this.firstFew(progress, 'progress').map((p) => {
                const b = index.badges.get(p.badgeId);
                const name = b?.name ?? p.badgeId;
                const pct = Math.max(0, Math.min(100, p.pct));
                return html`<li class="card">
                <strong>${name}</strong>
                ${b ? html`<p class="muted">${b.howToEarn}</p>` : nothing}
                <div class="meter" role="progressbar" aria-label=${`Progress toward ${name}`} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(pct)}><span style=${`width:${pct.toFixed(1)}%`}></span></div>
                <p class="muted">${badgeProgressText(fmt, p)}</p>
                <br-explain .text=${p.explanation}></br-explain>
              </li>`;
              })}</ul>
              ${this.moreButton(progress.length, 'progress', 'Show the nearest')}`
        }
      </section>
      <section aria-labelledby="ranks-h">
        <h3 id="ranks-h">Ranks</h3>
        <br-rep-ranks .ranks=${ranks}></br-rep-ranks>
      </section>
      <section aria-labelledby="final-h">
        <h3 id="final-h">Finished contests</h3>
        ${this.contests(rep.id, true)}
      </section>
      <section aria-labelledby="badges-h">
        <h3 id="badges-h">Badges earned${awards.length > 0 ? ` (${awards.length})` : ''}</h3>
        ${
          awards.length === 0
            ? html`<p>No badges yet.</p>`
            : html`<ul class="plain">${this.firstFew(awards, 'awards').map((a) => {
                const b = index.badges.get(a.badgeId);
                return html`<li class="card">
                <strong>${b?.icon ? html`<span aria-hidden="true">${b.icon} </span>` : nothing}${b?.name ?? a.badgeId}</strong>
                ${b?.tier ? html`<span class="pill">${b.tier}</span>` : nothing}
                <p class="muted">Earned <time datetime=${a.earnedOn}>${fmt.day(a.earnedOn)}</time>${a.window ? ` for ${a.windowName ?? a.window}` : ''}</p>
                <br-explain .text=${a.explanation}></br-explain>
              </li>`;
              })}</ul>
              ${this.moreButton(awards.length, 'awards', 'Show the latest')}`
        }
      </section>
      <section aria-labelledby="rec-h">
        <h3 id="rec-h">Recognition received</h3>
        <br-recognition .index=${index} .fmt=${fmt} .repId=${rep.id} .page=${FEW}></br-recognition>
      </section>
    </div>`;
  }

  override render() {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    const rep = index.reps.get(this.repId);
    if (!rep) {
      return html`<h2>Rep not found</h2>
        <p>This rep is not on the public leaderboard. <a href="#/leaderboard">Go to the leaderboard</a>.</p>`;
    }
    const isMe = this.me === rep.id;
    return html`
      <div class="head">
        ${avatar(rep.initials, rep.avatarUrl)}
        <div>
          <h2>${rep.name}${isMe ? html` <span class="pill you">You</span>` : nothing}</h2>
          <p class="muted">${rep.team ? `Team ${rep.team} · ` : ''}Level ${rep.level} · ${rep.levelTitle}</p>
        </div>
      </div>
      <p class="me-choice">${
        isMe
          ? html`<button type="button" class="not-me" @click=${() => this.pickMe(null)}>This is not me</button> <span class="muted">Remembered on this device only.</span>`
          : html`<button type="button" class="is-me" @click=${() => this.pickMe(rep.id)}>This is me</button> <span class="muted">Remembered on this device only; nothing is sent.</span>`
      }</p>
      <section aria-labelledby="today-h" class="today">
        <h3 id="today-h">Today <span class="muted">· data of ${fmt.day(index.snapshot.asOf)}</span></h3>
        <br-rep-today .index=${index} .fmt=${fmt} .repId=${rep.id} .memo=${isMe ? this.memo : null}></br-rep-today>
      </section>
      <section aria-labelledby="facts-h"><h3 id="facts-h" class="sr-only">Level and streak</h3>${this.facts(rep)}</section>
      <section aria-labelledby="contests-h">
        <h3 id="contests-h">Contests</h3>
        ${this.contests(rep.id, false)}
      </section>
      <p class="more-all"><button type="button" aria-expanded=${this.more ? 'true' : 'false'} @click=${() => (this.more = !this.more)}>${this.more ? 'Less' : 'More: every period, ranks, badges and recognition'}</button></p>
      ${this.more ? this.moreContent(rep) : nothing}`;
  }
}

if (!customElements.get('br-rep')) customElements.define('br-rep', BrRep);
