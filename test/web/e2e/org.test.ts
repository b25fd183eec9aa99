// The org page in Chromium: 50 teams × 20 reps merged into one league, one team unreachable and one stale.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import { makeSnapshot } from '../fixtures/make-snapshot';
import {
  axeViolations,
  launchBrowser,
  PHONE,
  screenshot,
  serveSite,
  TV_HD,
  watchErrors,
} from './harness';

const TEAMS = 50;
let dir: string;
let site: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'br-org-'));
  const files: Record<string, string> = {};
  const teams = Array.from({ length: TEAMS }, (_, i) => ({
    name: `Team ${String(i + 1).padStart(2, '0')}`,
    url: `teams/t${i + 1}.json`,
  }));
  const now = Date.now();
  teams.forEach((t, i) => {
    // Team 07 is unreachable (its file is missing until the wall's refresh test writes it);
    // Team 13's data is three days old.
    if (i === 6) {
      files[`/teams/t${i + 1}.json`] = join(dir, `t${i + 1}.json`);
      return;
    }
    const generatedAt = new Date(i === 12 ? now - 3 * 86_400_000 : now - 600_000).toISOString();
    // Team 05 hides amounts: its money contest has no figure to compare, never a zero.
    const snap = makeSnapshot(20, { generatedAt, seed: i + 1, publishAmounts: i !== 4 });
    snap.team = { ...snap.team, name: t.name };
    const tag = t.name.slice(5);
    snap.reps = snap.reps.map((r) => ({ ...r, name: `${r.name} T${tag}` }));
    for (const c of snap.contests)
      c.standings = c.standings.map((s) => ({
        ...s,
        // Each team's contest goes differently, so the ranking across teams means something;
        // Team 02 does best, so its private rep would lead the org's top reps if named.
        value:
          i === 4 || s.value === null
            ? null
            : Math.round(s.value * (i === 1 ? 2 : 1 + ((i * 37) % 50) / 100)),
      }));
    if (i === 1) {
      // Team 02 keeps its first rep private: anonymous in its own data, so never named in the merge.
      snap.reps = snap.reps.slice(1);
      for (const c of snap.contests)
        c.standings = c.standings.map((s) => (s.repId === 'rep-0001' ? { ...s, repId: null } : s));
      for (const b of snap.leaderboards)
        b.entries = b.entries.map((e) => (e.repId === 'rep-0001' ? { ...e, repId: null } : e));
      snap.awards = snap.awards.filter((a) => a.repId !== 'rep-0001');
      snap.progress = snap.progress.filter((p) => p.repId !== 'rep-0001');
      snap.recognition = snap.recognition.filter((r) => r.toRepId !== 'rep-0001');
    }
    const path = join(dir, `t${i + 1}.json`);
    writeFileSync(path, JSON.stringify(snap));
    files[`/teams/t${i + 1}.json`] = path;
  });
  const config = join(dir, 'org.json');
  writeFileSync(
    config,
    JSON.stringify({
      schema: 'bellringer.org',
      name: 'Summit Sales Org',
      teams,
      // The org names its contest: every team's "most revenue in November" is merged under it.
      contests: [
        {
          name: 'November revenue sprint',
          kind: 'most',
          metric: 'revenue',
          start: '2026-11-01',
          end: '2026-11-30',
        },
      ],
    }),
  );
  files['/org.json'] = config;
  [site, browser] = await Promise.all([serveSite(files), launchBrowser()]);
  page = await browser.newPage({ viewport: TV_HD });
  errors = watchErrors(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rows = () =>
  page.evaluate(() =>
    [...(document.querySelector('br-org')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map(
      (tr) => ({
        status: tr.getAttribute('data-status'),
        cells: [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      }),
    ),
  );

describe('the org page with 50 teams', { timeout: 60_000 }, () => {
  it('ranks the teams that loaded, lists the unreachable one unranked with no zero, and marks the stale one', async () => {
    await page.goto(`${site.url}org.html`);
    await page.getByText('League of teams').waitFor({ timeout: 20_000 });
    const all = await rows();
    expect(all).toHaveLength(TEAMS);
    const gone = all.find((r) => r.cells[1] === 'Team 07')!;
    expect(gone.status).toBe('unreachable');
    expect(gone.cells[0]).toBe('–');
    expect(gone.cells.slice(3)).toEqual(['–', '–', '–']);
    expect(gone.cells[2]).toMatch(/Not loaded: No snapshot was found/);
    const stale = all.find((r) => r.cells[1] === 'Team 13')!;
    expect(stale.status).toBe('stale');
    expect(stale.cells[2]).toMatch(/not updated since/);
    expect(stale.cells[4]).toMatch(/%/);
    const ranked = all.filter((r) => r.cells[0] !== '–');
    expect(ranked).toHaveLength(TEAMS - 1);
    expect(ranked.map((r) => Number(r.cells[0]))).toEqual(ranked.map((_, i) => i + 1));
    // The unranked team comes last: a failure never sorts as a low score.
    expect(all.at(-1)!.cells[1]).toBe('Team 07');
    expect(errors).toEqual([]);
  });

  it('shows the top reps across teams and the live contests, with no axe violations', async () => {
    const text = await page.evaluate(
      () => document.querySelector('br-org')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
    );
    expect(text).toMatch(/Top reps across teams .*\(Team \d\d\): [\d.]+%/);
    expect(text).toMatch(/Live contests/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('ranks the org contest across teams per rep, says why a team is not ranked, and never names a private rep', async () => {
    const contest = await page.evaluate(() => {
      const el = document.querySelector('br-org')?.shadowRoot?.querySelector('br-org-contest');
      const root = el?.shadowRoot;
      return {
        title: root?.querySelector('h3')?.textContent ?? '',
        rows: [...(root?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
          [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
        ),
        top: [...(root?.querySelectorAll('ol li') ?? [])].map((li) => li.textContent ?? ''),
        text: root?.textContent?.replace(/\s+/g, ' ') ?? '',
      };
    });
    expect(contest.title).toBe('November revenue sprint');
    // 49 teams run it (Team 07 did not load: said, not zeroed).
    expect(contest.rows).toHaveLength(TEAMS - 1);
    expect(contest.text).toMatch(/Not loaded, so not in it: Team 07/);
    const hidden = contest.rows.find((r) => r[1] === 'Team 05')!;
    expect(hidden[0]).toBe('–');
    expect(hidden[4]).toMatch(/does not publish amounts/);
    expect(contest.rows.find((r) => r[1]?.startsWith('Team 13'))![1]).toMatch(/stale/);
    const ranked = contest.rows.filter((r) => r[0] !== '–').map((r) => Number(r[0]));
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(contest.top).toHaveLength(10);
    // Team 02's first rep is private: anonymous in its data, nowhere on the org page.
    const all = await page.evaluate(() => {
      const org = document.querySelector('br-org')?.shadowRoot;
      return [org, ...[...(org?.querySelectorAll('br-org-contest') ?? [])].map((e) => e.shadowRoot)]
        .map((r) => r?.textContent ?? '')
        .join(' ');
    });
    expect(contest.top[0]).toMatch(/^Bo Stone 2 T02 \(Team 02\)/);
    expect(all).not.toContain('Ada Stone 1 T02');
    await screenshot(page, 'org-1080p');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads on a phone: nothing wider than the screen, no axe violations', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    const phoneErrors = watchErrors(phone);
    await phone.goto(`${site.url}org.html`);
    await phone.getByText('League of teams').waitFor({ timeout: 20_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(phone, 'org-phone');
    expect(await axeViolations(phone)).toEqual([]);
    expect(phoneErrors).toEqual([]);
    await phone.close();
  });
});

/** The wall's state once laid out (two frames after its rows appear). */
const wallState = (p: Page) =>
  p.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = document.querySelector('br-org-tv')?.shadowRoot;
    const slide = root?.querySelector('[data-slide]');
    return {
      tv: document.documentElement.classList.contains('tv'),
      slide: slide?.getAttribute('data-slide') ?? null,
      lines: [...(slide?.querySelectorAll('li') ?? [])].map(
        (li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
      header: root?.querySelector('header')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      size: [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
        window.innerWidth,
        window.innerHeight,
      ],
    };
  });

describe('the org wall (org.html?tv=1) with 50 teams', { timeout: 90_000 }, () => {
  it.each([
    ['league', 'league'],
    ['top_reps', 'top_reps'],
    ['contests', 'contest'],
    ['stale', 'stale'],
  ])(
    'shows the %s slide at 1080p, fitting the screen, with no axe violations',
    async (slides, slide) => {
      const tv = await browser.newPage({ viewport: TV_HD });
      const tvErrors = watchErrors(tv);
      await tv.goto(`${site.url}org.html?tv=1&interval=60&slides=${slides}`);
      await tv.waitForFunction(
        (s) =>
          document
            .querySelector('br-org-tv')
            ?.shadowRoot?.querySelector(`[data-slide="${s}"] li`) != null,
        slide,
        { timeout: 20_000 },
      );
      const state = await wallState(tv);
      expect(state.tv).toBe(true);
      const [w, h, iw, ih] = state.size;
      expect([w! <= iw!, h! <= ih!, state.size]).toEqual([true, true, state.size]);
      // 49 loaded, one of them stale: a team that did not load is never "up to date", nor zero.
      expect(state.header).toMatch(/48 of 50 teams up to date/);
      const text = state.lines.join('\n');
      if (slide === 'league') {
        expect(state.lines).toHaveLength(10);
        expect(state.lines.map((l) => l.split('.')[0])).toEqual(
          Array.from({ length: 10 }, (_, i) => String(i + 1)),
        );
        expect(text).not.toMatch(/Team 07/);
      }
      if (slide === 'top_reps') expect(state.lines[0]).toMatch(/^1\..+ · Team \d\d[\d.]+%$/);
      if (slide === 'contest') {
        expect(text).toMatch(/Team 02/);
        expect(text).not.toMatch(/Ada Stone 1 T02/);
      }
      if (slide === 'stale') {
        expect(text).toMatch(/Team 13: Data from .* not updated since/);
        expect(text).toMatch(/Team 07/);
      }
      await screenshot(tv, `org-tv-${slides}-1080p`);
      expect(await axeViolations(tv)).toEqual([]);
      expect(tvErrors).toEqual([]);
      await tv.close();
    },
  );

  it('rotates through the league, top reps, the org contest and the stale notice on one timer', async () => {
    const tv = await browser.newPage({ viewport: TV_HD });
    await tv.goto(`${site.url}org.html?tv=1&interval=0.3`);
    const seen = new Set<string>();
    for (let i = 0; i < 200 && seen.size < 4; i++) {
      const s = (await wallState(tv)).slide;
      if (s) seen.add(s);
      await tv.waitForTimeout(50);
    }
    expect([...seen].sort()).toEqual(['contest', 'league', 'stale', 'top_reps']);
    await tv.close();
  });

  it('fits a phone too, with no axe violations', async () => {
    const tv = await browser.newPage({ viewport: PHONE });
    await tv.goto(`${site.url}org.html?tv=1&interval=60&slides=league`);
    await tv.waitForFunction(
      () =>
        document.querySelector('br-org-tv')?.shadowRoot?.querySelector('[data-slide] li') != null,
      undefined,
      { timeout: 20_000 },
    );
    const [w, h, iw, ih] = (await wallState(tv)).size;
    expect([w! <= iw!, h! <= ih!]).toEqual([true, true]);
    await screenshot(tv, 'org-tv-league-phone');
    expect(await axeViolations(tv)).toEqual([]);
    await tv.close();
  });

  it('reads every team again each refresh: a team that comes back is ranked, not zero before', async () => {
    const tv = await browser.newPage({ viewport: TV_HD });
    await tv.goto(`${site.url}org.html?tv=1&interval=60&slides=league&refresh=0.5`);
    const header = () =>
      tv.evaluate(
        () =>
          document.querySelector('br-org-tv')?.shadowRoot?.querySelector('header')?.textContent ??
          '',
      );
    await tv.waitForFunction(
      () => /48 of 50/.test(document.querySelector('br-org-tv')?.shadowRoot?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    const back = makeSnapshot(20, { generatedAt: new Date().toISOString(), seed: 7 });
    back.team = { ...back.team, name: 'Team 07' };
    writeFileSync(join(dir, 't7.json'), JSON.stringify(back));
    await tv.waitForFunction(
      () => /49 of 50/.test(document.querySelector('br-org-tv')?.shadowRoot?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    expect(await header()).toMatch(/49 of 50 teams up to date/);
    await tv.close();
  });
});
