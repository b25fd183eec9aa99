// The org wall's slides: the league, the top reps across teams, one org contest, the teams not up to date; lists sized to the screen as the team wall's.
import { html, nothing } from 'lit';
import { FEED_ROW_EM, fitList, LINE_ROW_EM, MIN_SLOTS } from '../tv/slide-kit';
import type { OrgContest } from './contests';
import type { League } from './league';
import { BASIS_HEADING, orgFigure, orgFormatter, orgRepFigure } from './org-format';
import { ORG_TV_ROWS, type OrgTvPage, staleNotice, topRanked } from './tv-pages';

/** Reps beside a contest's teams: the podium of the org, not a second table. */
const CONTEST_REPS = 5;

const pct = (v: number | null) => orgFormatter('USD').percent(v) ?? '–';

function list(label: string, items: unknown[]) {
  return fitList(
    Math.max(items.length, MIN_SLOTS),
    LINE_ROW_EM,
    html`<ol aria-label=${label}>${items}</ol>`,
  );
}

function line(rank: number, name: unknown, value: string) {
  return html`<li class="line"><span class="rank">${rank}.</span><span class="name">${name}</span><span class="val">${value}</span></li>`;
}

function leagueSlide(league: League) {
  const rows = topRanked(league.rows);
  return html`<div class="cols one"><div class="panel">
    <h2>League of teams · % of target per rep, this ${league.period}</h2>
    ${list(
      'League of teams',
      rows.map((r) =>
        line(
          r.rank,
          html`${r.team}${r.status === 'stale' ? html`<span class="tag">stale</span>` : nothing}`,
          pct(r.attainmentPct),
        ),
      ),
    )}
  </div></div>`;
}

function topRepsSlide(league: League) {
  return html`<div class="cols one"><div class="panel">
    <h2>Top reps across teams · % of target, this ${league.period}</h2>
    ${list(
      'Top reps across teams',
      league.topReps
        .slice(0, ORG_TV_ROWS)
        .map((r) => line(r.rank, `${r.name} · ${r.team}`, pct(r.attainmentPct))),
    )}
  </div></div>`;
}

function contestSlide(c: OrgContest) {
  const teams = topRanked(c.teams);
  return html`<div class="cols board">
    <div class="panel">
      <h2>${c.name} · ${BASIS_HEADING[c.basis].toLowerCase()}</h2>
      ${list(
        `Teams in ${c.name}`,
        teams.map((t) =>
          line(
            t.rank,
            html`${t.team}${t.stale ? html`<span class="tag">stale</span>` : nothing}`,
            orgFigure(c, t.figure, t.currency),
          ),
        ),
      )}
    </div>
    <div class="panel">
      <h2>Top reps</h2>
      ${list(
        `Top reps in ${c.name}`,
        c.topReps
          .slice(0, CONTEST_REPS)
          .map((r) => line(r.rank, `${r.name} · ${r.team}`, orgRepFigure(c, r))),
      )}
    </div>
  </div>`;
}

function staleSlide(league: League) {
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

/** The slide for one page of the playlist. */
export function orgSlide(page: OrgTvPage, league: League, contests: readonly OrgContest[]) {
  switch (page.slide) {
    case 'league':
      return leagueSlide(league);
    case 'top_reps':
      return topRepsSlide(league);
    case 'contest': {
      const c = contests.find((x) => x.key === page.key);
      return c ? contestSlide(c) : leagueSlide(league);
    }
    case 'stale':
      return staleSlide(league);
  }
}
