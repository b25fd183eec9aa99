// Which renderer draws each TV page, and the title each page is announced and labelled with.
import type { TemplateResult } from 'lit';
import { LENS_LABEL } from '../model';
import { badgesSlide } from './badges-slide';
import { contestsSlide } from './contests-slide';
import { leaderboardSlide } from './leaderboard-slide';
import type { TvPage } from './pages';
import { recognitionSlide } from './recognition-slide';
import type { SlideContext } from './slide-kit';
import { teamBattleSlide } from './team-battle-slide';

export function pageTitle(page: TvPage): string {
  switch (page.slide) {
    case 'leaderboard':
      return `Leaderboard · ${LENS_LABEL[page.lens]}`;
    case 'contests':
      return page.pages > 1 ? `Contests (${page.page} of ${page.pages})` : 'Contests';
    case 'team_battle':
      return 'Team battle';
    case 'badges':
      return 'New badges';
    case 'recognition':
      return 'Recognition';
  }
}

const renderers: { readonly [K in TvPage['slide']]: (ctx: SlideContext) => TemplateResult } = {
  leaderboard: leaderboardSlide,
  contests: contestsSlide,
  team_battle: teamBattleSlide,
  badges: badgesSlide,
  recognition: recognitionSlide,
};

export function renderSlide(ctx: SlideContext): TemplateResult {
  return renderers[ctx.page.slide](ctx);
}
