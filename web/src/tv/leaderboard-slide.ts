// Leaderboard slide: the top N of the chosen board as bars, beside the three most improved.
import { html } from 'lit';
import { leaderboardRows } from '../leaderboard-rows';
import { LENS_LABEL } from '../model';
import '../components/br-bar-chart';
import { BAR_ROW_EM, fitList, MIN_SLOTS, type SlideContext } from './slide-kit';
import { tvBoard } from './slides';

export function leaderboardSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN } = ctx;
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
                ? fitList(
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
