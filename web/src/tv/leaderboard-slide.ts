// Leaderboard slide: a podium for the top 3 with faces, the next ranks as full-width bars, the three most improved.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DisplayRow } from '../leaderboard-rows';
import { LENS_LABEL } from '../model';
// Defines <br-bar-chart>.
import { avatar } from '../../../ui';
import { noResultsText, tvBoard, tvRows } from './board-rows';
import { fitList, LINE_ROW_EM, MIN_SLOTS, type SlideContext, youTag } from './slide-kit';

/** Podium steps left to right: 2nd, 1st, 3rd, the way a podium stands. */
const PODIUM_ORDER = [1, 0, 2];

function podium(rows: readonly DisplayRow[]) {
  return html`<ol class="podium" aria-label="Top three">${repeat(
    PODIUM_ORDER.filter((i) => i < rows.length).map((i) => rows[i]!),
    (r) => r.repId ?? `rank-${r.rank}-${r.name}`,
    (r) =>
      html`<li class=${`step p${Math.min(r.rank, 3)}${r.me ? ' me' : ''}`} data-rep=${r.repId ?? ''} data-key=${r.key} data-rank=${r.rank}>
        ${avatar(r.initials, r.avatarUrl)}
        <span class="name" title=${r.name}>${r.name}</span>
        <span class="val">${youTag(r.me)}<span class="num">${r.valueText}</span>${
          r.change
            ? html` <span class=${`change ${r.change.dir}`} title=${r.change.label}><span aria-hidden="true">${r.change.text}</span><span class="sr-only">${r.change.label}</span></span>`
            : nothing
        }</span>
        <span class="block" aria-label=${`Rank ${r.rank}`}>${r.rank}</span>
      </li>`,
  )}</ol>`;
}

export function leaderboardSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN, page, me } = ctx;
  const lens = page.slide === 'leaderboard' ? page.lens : opts.lens;
  const picked = tvBoard(index, fmt, { ...opts, lens }, topN, me);
  const periodKind = picked?.period ?? opts.period;
  const improved = index.board(periodKind, 'improvement');
  const period = index.period(periodKind);
  const rows = picked?.rows ?? [];
  const top = rows.slice(0, 3);
  const rest = rows.slice(3);
  const movers =
    improved && picked?.lens !== 'improvement'
      ? tvRows(index, fmt, improved, { team: opts.team, limit: 3, max: 3, me })
      : [];
  return html`<div class="cols board">
          <div class="panel lead">
            <h2 class="name">${picked ? LENS_LABEL[picked.lens] : 'Leaderboard'} · ${period?.name ?? periodKind}${opts.team ? ` · ${opts.team}` : ''}</h2>
            ${
              rows.length > 0
                ? html`${podium(top)}${
                    rest.length > 0
                      ? fitList(
                          Math.max(rest.length, MIN_SLOTS - 2),
                          LINE_ROW_EM,
                          html`<br-bar-chart fit plain .rows=${rest} label="Next on the leaderboard"></br-bar-chart>`,
                        )
                      : nothing
                  }`
                : html`<p class="empty">${noResultsText(opts.period)}</p>`
            }
          </div>
          <div class="panel">
            <h2>Most improved</h2>
            ${
              movers.length > 0
                ? html`<ol class="movers">${movers.map(
                    (r) =>
                      html`<li class=${r.me ? 'line me' : 'line'}><span class="rank">${r.rank}.</span><span class="name">${r.name}${r.me ? html` <span class="you">You</span>` : nothing}</span><span class="val up">${r.valueText}</span></li>`,
                  )}</ol>`
                : html`<p>Keep going!</p>`
            }
          </div>
        </div>`;
}
