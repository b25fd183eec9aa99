// Which renderer draws each TV slide, and the title each slide is announced and labelled with.
import type { TemplateResult } from 'lit';
import type { SlideName } from '../params';
import { badgesSlide } from './badges-slide';
import { contestsSlide } from './contests-slide';
import { leaderboardSlide } from './leaderboard-slide';
import { recognitionSlide } from './recognition-slide';
import type { SlideContext } from './slide-kit';

export const SLIDE_TITLES: Record<SlideName, string> = {
  leaderboard: 'Leaderboard',
  contests: 'Contests',
  badges: 'New badges',
  recognition: 'Recognition',
};

const renderers: { readonly [K in SlideName]: (ctx: SlideContext) => TemplateResult } = {
  leaderboard: leaderboardSlide,
  contests: contestsSlide,
  badges: badgesSlide,
  recognition: recognitionSlide,
};

export function renderSlide(name: SlideName, ctx: SlideContext): TemplateResult {
  return renderers[name](ctx);
}
