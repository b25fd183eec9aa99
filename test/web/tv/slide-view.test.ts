// @vitest-environment happy-dom
// Each TV slide renders its cards from the snapshot, as text, with at most the team's top N rows.
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { ALL_SLIDES, readOptions, type SlideName } from '../../../web/src/params';
import { renderSlide, SLIDE_TITLES } from '../../../web/src/tv/slide-view';
import { sampleModel } from '../helpers';

function draw(name: SlideName, topN = 4): HTMLElement {
  const { index, fmt } = sampleModel();
  const box = document.createElement('div');
  const options = readOptions(`?tv=1&slides=${name}`);
  render(renderSlide(name, { index, fmt, options, now: Date.UTC(2026, 10, 20), topN }), box);
  return box;
}

const headings = (box: HTMLElement) => [...box.querySelectorAll('h2')].map((h) => h.textContent);

describe('renderSlide', () => {
  it('has a renderer and a title for every slide', () => {
    for (const name of ALL_SLIDES) {
      expect(SLIDE_TITLES[name], name).toBeTruthy();
      expect(draw(name).querySelector('.panel'), name).not.toBeNull();
    }
  });

  it.each([
    // The sample has two live contests; their names carry HTML, which must stay text.
    ['contests', ['November <i>Sprint</i>', 'North vs South']],
    ['badges', ['New badges']],
    ['recognition', ['Recognition']],
  ] as const)('draws the %s slide with the headings %j', (name, expected) => {
    const box = draw(name);
    expect(headings(box)).toEqual(expected);
    expect(box.querySelector('i, script')).toBeNull();
  });

  it('puts the leaderboard beside the most improved reps, at most three of them', () => {
    const box = draw('leaderboard');
    expect(headings(box)[1]).toBe('Most improved');
    expect(box.querySelector('br-bar-chart')).not.toBeNull();
    expect(box.querySelectorAll('.movers li').length).toBeLessThanOrEqual(3);
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
