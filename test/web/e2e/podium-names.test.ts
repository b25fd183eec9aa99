// The wall's podium in Chromium at 1080p and 4K: a long name never runs into the amount under it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import {
  type DataSource,
  SAMPLE,
  TV_4K,
  TV_HD,
  launchBrowser,
  screenshot,
  serveSite,
  siteUrl,
  startDataSource,
} from './harness';

// The reviewer's names: two long ones on the podium, each wrapping past two lines of a step.
const LONG = [
  'Maximilian Alexander von Hohenberg-Schwarzenfeld',
  'Anna-Katharina Oberhuber-Lindqvist',
];

type Snap = { generatedAt: string; reps: { name: string }[] };
function longNames(): Snap {
  const s = structuredClone(SAMPLE) as unknown as Snap;
  s.generatedAt = new Date().toISOString();
  // Every rep gets a long name, so whoever stands on the podium has one.
  s.reps.forEach((r, i) => {
    r.name = LONG[i % 2]!;
  });
  return s;
}

let site: StaticServer;
let data: DataSource;
let browser: Browser;

beforeAll(async () => {
  data = await startDataSource(longNames());
  [site, browser] = await Promise.all([serveSite(undefined, [data.url]), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await data?.close();
});

describe.each([
  ['1080p', TV_HD],
  ['4K', TV_4K],
])('the podium at %s', (label, viewport) => {
  it("draws each long name clear of the amount under it, the full name kept in the step's title", async () => {
    const page = await browser.newPage({ viewport, colorScheme: 'dark' });
    await page.goto(
      siteUrl(site.url, { tv: '1', slides: 'leaderboard', interval: '60', data: data.url }),
    );
    await page.getByText('Most improved').waitFor();
    const steps = await page.evaluate(() => {
      const tv = document.querySelector('br-app')!.shadowRoot!.querySelector('br-tv')!.shadowRoot!;
      return [...tv.querySelectorAll('.podium .step')].map((s) => {
        const name = s.querySelector('.name')!;
        const n = name.getBoundingClientRect();
        const v = s.querySelector('.val')!.getBoundingClientRect();
        const step = s.getBoundingClientRect();
        return {
          rank: s.getAttribute('data-rank'),
          text: name.textContent,
          title: name.getAttribute('title'),
          overlap: n.bottom > v.top + 0.5 && n.top < v.bottom - 0.5,
          inside: n.top >= step.top - 0.5 && n.bottom <= step.bottom + 0.5,
          height: n.height,
        };
      });
    });
    await screenshot(page, `podium-long-names-${label}`);
    expect(steps).toHaveLength(3);
    for (const s of steps) {
      expect(LONG).toContain(s.text);
      expect(s.overlap, `name of rank ${s.rank} clear of its amount`).toBe(false);
      expect(s.title, `rank ${s.rank} keeps its full name in the title`).toBe(s.text);
      expect(s.inside, `name of rank ${s.rank} inside its step`).toBe(true);
      expect(s.height).toBeGreaterThan(0);
    }
    await page.close();
  });
});
