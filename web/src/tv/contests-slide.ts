// Contests slide: one card per live contest with its status, prize and top standings.
import { html, nothing } from 'lit';
import { contestTopStandings, participantName, standingValue, statusLine } from '../contest-text';
import { fitList, LINE_ROW_EM, MIN_SLOTS, type SlideContext } from './slide-kit';
import { tvContests } from './slides';

export function contestsSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN } = ctx;
  const contests = tvContests(index, opts.team);
  if (contests.length === 0)
    return html`<div class="panel"><h2>Contests</h2><p>No live contests right now.</p></div>`;
  return html`<div class=${contests.length === 1 ? 'cols one' : 'cols'}>
          ${contests.map((c) => {
            const top = contestTopStandings(c, opts.team, topN);
            return html`<div class="panel">
              <h2 class="name">${c.name}</h2>
              <p>${statusLine(c, ctx.now, fmt)}</p>
              ${c.prize ? html`<p class="name">Prize: ${c.prize}</p>` : nothing}
              ${
                top.length > 0
                  ? fitList(
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
