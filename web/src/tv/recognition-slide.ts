// Recognition slide: the newest shout-outs and milestones with their message.
import { html, nothing } from 'lit';
import { KIND_ICON, recognitionDetail, recognitionHeadline } from '../recognition-text';
import { FEED_ROW_EM, fitList, type SlideContext } from './slide-kit';
import { recentRecognition } from './slides';

export function recognitionSlide(ctx: SlideContext) {
  const { index, options: opts, topN } = ctx;
  const feed = recentRecognition(index, opts.team, Math.min(topN, 6));
  return html`<div class="panel"><h2>Recognition</h2>
          ${
            feed.length === 0
              ? html`<p>No recognition yet.</p>`
              : fitList(
                  Math.max(feed.length, 4),
                  FEED_ROW_EM,
                  html`<ul class="feed">${feed.map((r) => {
                    const d = recognitionDetail(index, r);
                    return html`<li><span aria-hidden="true">${KIND_ICON[r.kind]}</span><span class="body"><span class="title">${recognitionHeadline(index, r)}</span>${
                      d
                        ? html`<span class=${d.quote ? 'msg quote' : 'msg'}>${d.quote ? `“${d.text}”` : d.text}</span>`
                        : nothing
                    }</span></li>`;
                  })}</ul>`,
                )
          }</div>`;
}
