// Leaderboard slide: the top N of the chosen board as bars, beside the three most improved.
import { html } from 'lit';
import { LENS_LABEL } from '../model';
// Defines <br-bar-chart>.
import '../../../ui';
import { noResultsText, tvBoard, tvRows } from './board-rows';
import { BAR_ROW_EM, fitList, MIN_SLOTS, type SlideContext } from './slide-kit';

export function leaderboardSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN } = ctx;
  const picked = tvBoard(index, fmt, opts, topN);
  const periodKind = picked?.period ?? opts.period;
  const improved = index.board(periodKind, 'improvement');
  const period = index.period(periodKind);
  const rows = picked?.rows ?? [];
  const movers =
    improved && picked?.lens !== 'improvement'
      ? tvRows(index, fmt, improved, { team: opts.team, limit: 3, max: 3 })
      : [];
  return html`<div class="cols board">
          <div class="panel">
            <h2>${picked ? LENS_LABEL[picked.lens] : 'Leaderboard'} · ${period?.name ?? periodKind}${opts.team ? ` · ${opts.team}` : ''}</h2>
            ${
              rows.length > 0
                ? fitList(
                    Math.max(rows.length, MIN_SLOTS),
                    BAR_ROW_EM,
                    html`<br-bar-chart fit .rows=${rows} label="Top of the leaderboard"></br-bar-chart>`,
                  )
                : html`<p class="empty">${noResultsText(opts.period)}</p>`
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
