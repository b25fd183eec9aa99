// New badges slide: the newest badge awards, one line each.
import { html } from 'lit';
import { fitList, LINE_ROW_EM, MIN_SLOTS, type SlideContext } from './slide-kit';
import { recentAwards } from './slides';

export function badgesSlide(ctx: SlideContext) {
  const { index, fmt, options: opts, topN } = ctx;
  const awards = recentAwards(index, opts.team, topN);
  return html`<div class="panel"><h2>New badges</h2>
          ${
            awards.length === 0
              ? html`<p>No badges yet.</p>`
              : fitList(
                  Math.max(awards.length, MIN_SLOTS),
                  LINE_ROW_EM,
                  html`<ul class="badges">${awards.map((a) => {
                    const b = index.badges.get(a.badgeId);
                    return html`<li class="line"><span aria-hidden="true">${b?.icon ?? '🎖️'}</span><span class="name">${index.repName(a.repId)} · ${b?.name ?? a.badgeId}</span><span class="muted">${fmt.day(a.earnedOn)}</span></li>`;
                  })}</ul>`,
                )
          }</div>`;
}
