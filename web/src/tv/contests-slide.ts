// Contests slide: this page's live contests with status, prize and top standings, and what is coming up.
import { html, nothing } from 'lit';
import { contestTopStandings, participantName, standingValue, statusLine } from '../contest-text';
import { upcomingContests } from './pages';
import { fitList, isMine, LINE_ROW_EM, MIN_SLOTS, type SlideContext, youTag } from './slide-kit';

function teaser(ctx: SlideContext) {
  const next = upcomingContests(ctx.index, ctx.options.team).slice(0, 2);
  if (next.length === 0) return nothing;
  return html`<p class="teaser">Coming up: ${next.map(
    (c, i) =>
      html`${i > 0 ? ' · ' : ''}<strong class="name">${c.name}</strong> (${statusLine(c, ctx.now, ctx.fmt).replace(/^Upcoming · /, '')})`,
  )}</p>`;
}

export function contestsSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN, page } = ctx;
  const ids = page.slide === 'contests' ? page.contestIds : [];
  const contests = ids.map((id) => index.contests.get(id)).filter((c) => c !== undefined);
  if (contests.length === 0)
    return html`<div class="contests"><div class="panel"><h2>Contests</h2><p>No live contests right now.</p></div>${teaser(ctx)}</div>`;
  return html`<div class="contests"><div class=${contests.length === 1 ? 'cols one' : 'cols'}>
          ${contests.map((c) => {
            const top = contestTopStandings(c, opts.team, topN);
            return html`<div class="panel" data-contest=${c.id}>
              <h2 class="name">${c.name}</h2>
              <p>${statusLine(c, ctx.now, fmt)}</p>
              ${c.prize ? html`<p class="name">Prize: ${c.prize}</p>` : nothing}
              ${
                top.length > 0
                  ? fitList(
                      Math.max(top.length, MIN_SLOTS),
                      LINE_ROW_EM,
                      html`<ol class="stand">${top.map((s) => {
                        const mine = isMine(ctx, c, s);
                        return html`<li class=${mine ? 'line me' : 'line'}><span class="rank">${s.rank}.</span><span class="name">${participantName(index, c, s)}</span><span class="val">${youTag(mine)}${standingValue(fmt, c, s)}</span></li>`;
                      })}</ol>`,
                    )
                  : html`<p>No standings yet.</p>`
              }
            </div>`;
          })}
        </div>${teaser(ctx)}</div>`;
}
