// @vitest-environment happy-dom
// Each TV page renders its cards from the snapshot, as text, with at most the team's top N rows.
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { ALL_SLIDES, readOptions, type SlideName } from '../../../web/src/params';
import { type TvPage, tvPages } from '../../../web/src/tv/pages';
import { pageTitle, renderSlide } from '../../../web/src/tv/slide-view';
import { sampleModel } from '../helpers';

function drawPage(page: TvPage, topN = 4, search = ''): HTMLElement {
  const { index, fmt } = sampleModel();
  const box = document.createElement('div');
  const options = readOptions(`?tv=1${search}`);
  render(
    renderSlide({ index, fmt, options, now: Date.UTC(2026, 10, 20), topN, page, me: null }),
    box,
  );
  return box;
}

function pagesOf(name: SlideName, search = '') {
  const { index } = sampleModel();
  return tvPages(index, readOptions(`?tv=1&slides=${name}${search}`));
}

const draw = (name: SlideName, topN = 4) => drawPage(pagesOf(name)[0]!, topN);
const headings = (box: HTMLElement) => [...box.querySelectorAll('h2')].map((h) => h.textContent);

describe('renderSlide', () => {
  it('has a renderer and a title for every page of every slide', () => {
    for (const name of ALL_SLIDES)
      for (const page of pagesOf(name)) {
        expect(pageTitle(page), name).toBeTruthy();
        expect(drawPage(page).querySelector('.panel'), name).not.toBeNull();
      }
  });

  it.each([
    // The sample's live individual contest carries HTML in its name, which must stay text.
    ['contests', ['November <i>Sprint</i>']],
    ['badges', ['New badges']],
    ['recognition', ['Recognition']],
  ] as const)('draws the first %s page with the headings %j', (name, expected) => {
    const box = draw(name);
    expect(headings(box)).toEqual(expected);
    expect(box.querySelector('i, script')).toBeNull();
  });

  it('puts a podium of three beside the most improved reps, the next ranks as bars', () => {
    const box = draw('leaderboard');
    expect(headings(box)[1]).toBe('Most improved');
    expect(
      [...box.querySelectorAll('.podium .step')].map((s) => s.getAttribute('data-rank')),
    ).toEqual(['2', '1', '3']);
    expect(box.querySelector('br-bar-chart')).not.toBeNull();
    expect(box.querySelectorAll('.movers li').length).toBeLessThanOrEqual(3);
  });

  it('teases the upcoming contest under the live ones', () => {
    expect(draw('contests').querySelector('.teaser')?.textContent).toMatch(/^Coming up: /);
  });

  // The sample has 4 awards and 6 recognition entries.
  it.each([
    ['badges', '.badges li', 2, 2],
    ['badges', '.badges li', 10, 4],
    ['recognition', '.feed li', 4, 4],
    ['recognition', '.feed li', 10, 6],
  ] as const)(
    'shows at most the top N on the %s slide (%s, N = %i: %i rows)',
    (name, selector, topN, rows) => {
      expect(draw(name, topN).querySelectorAll(selector).length).toBe(rows);
    },
  );
});

describe('tvPages', () => {
  it.each([
    ['one lens by default', 'leaderboard', '', ['leaderboard:revenue']],
    [
      'lens rotation within one URL',
      'leaderboard',
      '&lens=revenue,activity_points,bogus',
      ['leaderboard:revenue', 'leaderboard:activity_points'],
    ],
    [
      'every live contest, the team contest on a battle page of its own',
      'contests',
      '',
      ['contests:c-nov', 'team_battle:c-teams'],
    ],
  ] as const)('%s', (_name, slide, search, expected) => {
    expect(
      pagesOf(slide, search).map((p) =>
        p.slide === 'leaderboard'
          ? `leaderboard:${p.lens}`
          : p.slide === 'contests'
            ? `contests:${p.contestIds.join('+')}`
            : p.slide === 'team_battle'
              ? `team_battle:${p.contestId}`
              : p.slide,
      ),
    ).toEqual(expected);
  });

  it('pages many live contests two at a time, never dropping one', () => {
    const { index } = sampleModel();
    const base = index.snapshot.contests.find((c) => c.id === 'c-nov')!;
    const many = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `live-${i}` }));
    const snap = { ...index.snapshot, contests: many };
    const pages = tvPages({ ...index, snapshot: snap }, readOptions('?tv=1&slides=contests'));
    expect(
      pages.map((p) =>
        p.slide === 'contests' ? `${p.page}/${p.pages}:${p.contestIds.join('+')}` : p.slide,
      ),
    ).toEqual(['1/3:live-0+live-1', '2/3:live-2+live-3', '3/3:live-4']);
  });
});
