// One contest: header, prize, rules with hash, the race chart, the standings with my row marked, and the pinned "me" bar.
import { LitElement, css, html, nothing } from 'lit';
import {
  KIND_LABEL,
  goalText,
  participantName,
  participantTeam,
  seriesName,
  showsStandings,
  standingValue,
  withheldText,
  statusLine,
  tieBreakRule,
} from '../contest-text';
import type { Formatter } from '../format';
import { meInContest } from '../me-contest';
import type { SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import './br-explain';
import './br-me-bar';
import './br-race-chart';
import { baseStyles } from '../../../ui';

export class BrContest extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    now: { type: Number },
    contestId: {},
    me: {},
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare now: number;
  declare contestId: string;
  /** The rep this device picked as "me"; their row (or their team's) is marked and pinned. */
  declare me: string | null;

  static override styles = [
    baseStyles,
    css`
      .hash {
        font-family: ui-monospace, monospace;
      }
      section {
        margin: 1.25rem 0;
      }
      .phone {
        display: none;
      }
      /* Phone: "Rank Name … Result" over the team, % of goal and the explanation; no sideways scroll. */
      @media (max-width: 40rem) {
        table,
        tbody {
          display: block;
        }
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
        tr {
          display: grid;
          grid-template-columns: 2.5em minmax(0, 1fr) auto;
          gap: 0.15rem 0.5rem;
          padding: 0.4rem 0.25rem;
          border-bottom: 1px solid var(--br-border);
        }
        td {
          padding: 0;
          border: 0;
          overflow-wrap: anywhere;
        }
        td.team,
        td.pct,
        td.explain {
          grid-column: 2 / -1;
        }
        td.result {
          grid-column: 3;
          grid-row: 1;
        }
        .phone {
          display: inline;
        }
      }
      tr.me {
        outline: 3px solid var(--br-accent);
        outline-offset: -3px;
        background: var(--br-surface);
      }
      .you {
        font-size: 0.75em;
        font-weight: 700;
        padding: 0 0.4em;
        border-radius: 999px;
        background: var(--br-accent);
        color: var(--br-accent-text);
        white-space: nowrap;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.now = 0;
    this.contestId = '';
    this.me = null;
  }

  /** "Find me": my row into view, focus on its link (or the row's first cell). */
  private findMe(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('tr.me');
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }

  override render() {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    const c = index.contests.get(this.contestId);
    if (!c) {
      return html`<h2>Contest not found</h2>
        <p>This contest is not in the published data. <a href="#/contests">See all contests</a>.</p>`;
    }
    const isTeam = c.kind === 'team';
    // Progress has one meaning: the share of the goal; a contest without one has no such column.
    const hasGoal = c.standings.some((s) => s.progressPct !== null);
    const goal = goalText(fmt, c);
    const started = showsStandings(c);
    const mine = this.me ? meInContest(index, fmt, c, this.me) : null;
    return html`
      <p><a href="#/contests">← All contests</a></p>
      <h2>${c.name}</h2>
      <p><span class=${`pill ${c.status}`}>${statusLine(c, this.now, fmt)}</span></p>
      <p class="muted">${KIND_LABEL[c.kind]} · ${fmt.day(c.start)} to ${fmt.day(c.end)}${c.team ? ` · team ${c.team}` : ''}${goal ? ` · ${goal}` : ''}</p>
      ${c.prize ? html`<p>Prize: ${c.prize}</p>` : nothing}
      ${c.description ? html`<p>${c.description}</p>` : nothing}
      ${withheldText(c) ? html`<p class="withheld">${withheldText(c)}</p>` : nothing}
      <section class="card" aria-labelledby="rules-h">
        <h3 id="rules-h">Rules</h3>
        <p>${c.rules}</p>
        <p>Ties: ${tieBreakRule(c)}</p>
        <p class="muted">Rules hash <span class="hash">${c.rulesHash}</span>: fixed when the contest started; a changed rule shows a different hash.</p>
      </section>
      ${
        started && c.series.length > 0
          ? html`<section aria-labelledby="race-h">
            <h3 id="race-h">Race</h3>
            <br-race-chart .contest=${c} .fmt=${fmt} .names=${(k: string | null) => seriesName(index, c, k)}></br-race-chart>
          </section>`
          : nothing
      }
      <section aria-labelledby="stand-h">
        <h3 id="stand-h">Standings</h3>
        ${
          !started
            ? html`<p>No standings yet${c.status === 'upcoming' ? ': the contest has not started' : ''}.</p>`
            : html`<div class="table-wrap"><table>
              <thead><tr><th scope="col" class="num">Rank</th><th scope="col">${isTeam ? 'Team' : 'Rep'}</th>${isTeam ? nothing : html`<th scope="col">Team</th>`}<th scope="col" class="num">Result</th>${hasGoal ? html`<th scope="col" class="num">% of goal</th>` : nothing}<th scope="col">How is this computed?</th></tr></thead>
              <tbody>${c.standings.map((s, i) => {
                const name = participantName(index, c, s);
                const rep = s.repId ? index.reps.get(s.repId) : undefined;
                const isMe = mine?.position === i;
                return html`<tr class=${isMe ? 'me' : ''}>
                  <td class="num">${s.rank}</td>
                  <td>${rep ? html`<a href=${hrefFor({ view: 'rep', id: rep.id })}>${name}</a>` : name}${
                    isMe
                      ? html` <span class="you">${mine?.team ? 'Your team' : 'You'}</span>`
                      : nothing
                  }</td>
                  ${isTeam ? nothing : html`<td class="team">${participantTeam(s)}</td>`}
                  <td class="num result">${standingValue(fmt, c, s)}</td>
                  ${hasGoal ? html`<td class="num pct">${s.progressPct !== null ? html`${fmt.percent(s.progressPct)}<span class="phone"> of goal</span>` : ''}</td>` : nothing}
                  <td class="explain"><br-explain .text=${s.explanation} label="Explain"></br-explain></td>
                </tr>`;
              })}</tbody></table></div>`
        }
      </section>
      ${
        started
          ? html`<br-me-bar .index=${index} .me=${this.me} .facts=${mine} scope="contest" who=${mine?.team ? `Your team (${mine.team})` : 'You'} @br-find-me=${() => this.findMe()}></br-me-bar>`
          : nothing
      }`;
  }
}

if (!customElements.get('br-contest')) customElements.define('br-contest', BrContest);
