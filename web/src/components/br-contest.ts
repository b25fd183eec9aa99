// One contest: header, prize, rules with hash, the race chart and the standings table with explanations.
import { LitElement, css, html, nothing } from 'lit';
import {
  KIND_LABEL,
  goalText,
  participantName,
  participantTeam,
  seriesName,
  showsStandings,
  standingValue,
  statusLine,
  tieBreakRule,
} from '../contest-text';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import './br-explain';
import './br-race-chart';
import { baseStyles } from '../../../ui';

export class BrContest extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    now: { type: Number },
    contestId: {},
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare now: number;
  declare contestId: string;

  static override styles = [
    baseStyles,
    css`
      .hash {
        font-family: ui-monospace, monospace;
      }
      section {
        margin: 1.25rem 0;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.now = 0;
    this.contestId = '';
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
    return html`
      <p><a href="#/contests">← All contests</a></p>
      <h2>${c.name}</h2>
      <p><span class=${`pill ${c.status}`}>${statusLine(c, this.now, fmt)}</span></p>
      <p class="muted">${KIND_LABEL[c.kind]} · ${fmt.day(c.start)} to ${fmt.day(c.end)}${c.team ? ` · team ${c.team}` : ''}${goal ? ` · ${goal}` : ''}</p>
      ${c.prize ? html`<p>Prize: ${c.prize}</p>` : nothing}
      ${c.description ? html`<p>${c.description}</p>` : nothing}
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
              <tbody>${c.standings.map((s) => {
                const name = participantName(index, c, s);
                const rep = s.repId ? index.reps.get(s.repId) : undefined;
                return html`<tr>
                  <td class="num">${s.rank}</td>
                  <td>${rep ? html`<a href=${hrefFor({ view: 'rep', id: rep.id })}>${name}</a>` : name}</td>
                  ${isTeam ? nothing : html`<td>${participantTeam(s)}</td>`}
                  <td class="num">${standingValue(fmt, c, s)}</td>
                  ${hasGoal ? html`<td class="num">${s.progressPct !== null ? fmt.percent(s.progressPct) : ''}</td>` : nothing}
                  <td><br-explain .text=${s.explanation} label="Explain"></br-explain></td>
                </tr>`;
              })}</tbody></table></div>`
        }
      </section>`;
  }
}

if (!customElements.get('br-contest')) customElements.define('br-contest', BrContest);
