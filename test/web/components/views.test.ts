// @vitest-environment happy-dom
// The Lit views render the snapshot's fields as text (never HTML) with their explanations.
import { afterEach, describe, expect, it } from 'vitest';
import '../../../web/src/components/br-badges';
import '../../../web/src/components/br-contest';
import '../../../web/src/components/br-contests';
import '../../../web/src/components/br-leaderboard';
import '../../../web/src/components/br-recognition';
import '../../../web/src/components/br-rep';
import '../../../web/src/components/br-stamp';
import { indexSnapshot } from '../../../web/src/model';
import {
  modelWithContests,
  sampleModel,
  sampleSnapshot,
  streakContest,
  upcomingContest,
} from '../helpers';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(tag: string, props: Record<string, unknown>): Promise<Lit> {
  const el = document.createElement(tag) as Lit;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  // Children render in their own update cycle.
  for (const child of el.shadowRoot!.querySelectorAll('*')) {
    if ('updateComplete' in child) await (child as Lit).updateComplete;
  }
  return el;
}

/** Text of an element including nested shadow roots. */
function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent;
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ');
}

function deepQueryAll(node: Node, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.matches(selector)) out.push(n);
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('views', () => {
  const { index, fmt } = sampleModel();

  it('br-leaderboard renders ranks, values and HTML-looking names as text', async () => {
    const el = await mount('br-leaderboard', { index, fmt, period: 'month', lens: 'revenue' });
    const text = deepText(el);
    expect(text).toContain('Revenue · November 2026');
    expect(text).toContain('€52,000');
    expect(text).toContain('<script>window.__pwned=1</script>Bob Stone');
    expect(deepQueryAll(el, 'script, img[onerror]')).toHaveLength(0);
  });

  it('br-leaderboard names the previous period instead of its raw label', async () => {
    const el = await mount('br-leaderboard', { index, fmt, period: 'month', lens: 'revenue' });
    const text = deepText(el);
    expect(text).toContain('Rank changes compare with Oct 2026.');
    expect(text).not.toContain('2026-10');
  });

  it('br-leaderboard says so when a period has no board', async () => {
    const el = await mount('br-leaderboard', { index, fmt, period: 'year', lens: 'revenue' });
    expect(deepText(el)).toContain('No ranking for revenue in this period yet.');
  });

  it('br-leaderboard table mode shows every entry with its explanation', async () => {
    const el = await mount('br-leaderboard', { index, fmt, period: 'month', lens: 'revenue' });
    (el as unknown as { mode: string }).mode = 'table';
    await el.updateComplete;
    await (el.shadowRoot!.querySelector('br-board-table') as Lit).updateComplete;
    const rows = deepQueryAll(el, 'tbody tr');
    expect(rows).toHaveLength(6);
    const explain = deepQueryAll(el, 'br-explain');
    expect(explain).toHaveLength(6);
  });

  it('br-rep shows level, streak, ranks per lens, badges with dates, progress and recognition', async () => {
    const el = await mount('br-rep', { index, fmt, repId: 'r2', more: true });
    const text = deepText(el);
    expect(text).toContain('<script>window.__pwned=1</script>Bob Stone');
    expect(text).toContain('2 · Closer');
    expect(text).toContain('620 / 800 XP');
    expect(text).toContain('5 of 6'); // revenue, November
    expect(text).toContain('4 of 5'); // % of target, November
    expect(text).toContain('First Deal');
    expect(text).toContain('First Deal: Deals row 12 won on 2026-03-02.');
    expect(
      deepQueryAll(el, '[aria-label="Progress toward Gold Closer"]')[0]?.getAttribute(
        'aria-valuenow',
      ),
    ).toBe('33');
    expect(text).toContain('Thanks for the demo help! <script>window.__pwned=6</script>');
    expect(deepQueryAll(el, 'script')).toHaveLength(0);
  });

  it('br-rep names the period an award was earned for', async () => {
    const el = await mount('br-rep', { index, fmt, repId: 'r5', more: true });
    const text = deepText(el);
    expect(text).toContain('for Nov 2026');
    expect(text).not.toContain('for 2026-11');
  });

  it("br-rep words the streak with the snapshot's daily bar, as the engine counts it", async () => {
    const el = await mount('br-rep', { index, fmt, repId: 'r2' });
    const rep = index.reps.get('r2')!;
    const text = deepText(el);
    expect(index.snapshot.team.streakDailyPoints).toBe(30);
    expect(text).toContain('Activity streak');
    expect(text).toContain(`${rep.streak.current} days`);
    expect(text).toContain('working days in a row with at least 30 activity points');
    expect(text).toContain(`best ${rep.streak.best} days`);
    expect(text).not.toMatch(/with activity|any activity/);
  });

  describe('br-rep with many awards', () => {
    // Bob (r2) earns First Deal 12 times, on 1..12 Mar 2026, and progresses toward 8 badges.
    const snapshot = sampleSnapshot();
    snapshot.awards = Array.from({ length: 12 }, (_, i) => ({
      badgeId: 'b-first',
      repId: 'r2',
      earnedOn: `2026-03-${String(i + 1).padStart(2, '0')}`,
      window: null,
      windowName: null,
      explanation: `Award number ${i + 1}.`,
    }));
    snapshot.progress = Array.from({ length: 8 }, (_, i) => ({
      badgeId: 'b-gold-closer',
      repId: 'r2',
      pct: 10 * (i + 1),
      explanation: `Progress ${10 * (i + 1)}.`,
    }));
    const m = { index: indexSnapshot(snapshot), fmt };

    it('orders the page: today, level and streak, contests; the rest only after "More"', async () => {
      const el = await mount('br-rep', { ...m, repId: 'r2' });
      const headings = () => [...el.shadowRoot!.querySelectorAll('section > h3')].map((h) => h.id);
      expect(headings()).toEqual(['today-h', 'facts-h', 'contests-h']);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more-all button')!;
      expect(more.getAttribute('aria-expanded')).toBe('false');
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).toBe('true');
      expect(headings()).toEqual([
        'today-h',
        'facts-h',
        'contests-h',
        'periods-h',
        'progress-h',
        'ranks-h',
        'final-h',
        'badges-h',
        'rec-h',
      ]);
    });

    it('shows the latest 5 awards and the nearest 5 badges until "Show all N" is pressed', async () => {
      const el = await mount('br-rep', { ...m, repId: 'r2', more: true });
      const root = el.shadowRoot!;
      // Each award's explanation (it may cite sheet rows) sits behind "How is this computed?".
      const awards = () =>
        [...root.querySelectorAll('section[aria-labelledby="badges-h"] li br-explain')].map(
          (p) => (p as unknown as { text: string }).text,
        );
      expect(awards()).toEqual([12, 11, 10, 9, 8].map((n) => `Award number ${n}.`));
      const progress = root.querySelectorAll('section[aria-labelledby="progress-h"] li');
      expect(progress).toHaveLength(5);
      expect(
        progress[0]!.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'),
      ).toBe('80');
      const button = root.querySelector<HTMLButtonElement>(
        'section[aria-labelledby="badges-h"] button',
      )!;
      expect(button.type).toBe('button');
      expect(button.textContent).toBe('Show all 12');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      button.click();
      await el.updateComplete;
      expect(awards()).toHaveLength(12);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(button.textContent).toBe('Show the latest 5');
      // The other list stays as it was.
      expect(root.querySelectorAll('section[aria-labelledby="progress-h"] li')).toHaveLength(5);
    });
  });

  it('br-recognition on a rep page shows a few entries, then more on each press', async () => {
    const snapshot = sampleSnapshot();
    const base = snapshot.recognition[0]!;
    snapshot.recognition = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      id: `hf-${String(i).padStart(2, '0')}`,
      toRepId: 'r2',
    }));
    const el = await mount('br-recognition', {
      index: indexSnapshot(snapshot),
      fmt,
      repId: 'r2',
      page: 5,
    });
    expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(5);
    const more = el.shadowRoot!.querySelector('button')!;
    expect(more.textContent).toBe('Show more (7 left)');
    more.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(10);
  });

  it('br-rep explains a rep that is not public', async () => {
    const el = await mount('br-rep', { index, fmt, repId: 'ghost' });
    expect(deepText(el)).toContain('not on the public leaderboard');
  });

  it('br-contests groups live, upcoming and final with rules hashes', async () => {
    const el = await mount('br-contests', { index, fmt, now: Date.parse('2026-11-20T12:00:00Z') });
    const text = deepText(el);
    expect(text.indexOf('Live')).toBeLessThan(text.indexOf('Upcoming'));
    expect(text.indexOf('Upcoming')).toBeLessThan(text.indexOf('Final'));
    expect(text).toContain('10 days left');
    expect(text).toContain('a1b2c3d4');
    expect(text).toContain('Prize: Team dinner <script>window.__pwned=3</script>');
  });

  it('br-contest shows team standings by team name and the race legend', async () => {
    const el = await mount('br-contest', { index, fmt, now: 0, contestId: 'c-teams' });
    const text = deepText(el);
    expect(text).toContain('North');
    expect(el.shadowRoot!.querySelector('thead')!.textContent).toContain('Team');
    expect(deepQueryAll(el, 'br-race-chart')).toHaveLength(1);
  });

  describe('a streak contest', () => {
    const m = modelWithContests((base) => [streakContest(base)]);
    const props = { index: m.index, fmt: m.fmt, now: Date.parse('2026-11-20T12:00:00Z') };

    it('card: the goal is the daily bar and values are days', async () => {
      const el = await mount('br-contests', props);
      const card = [...el.shadowRoot!.querySelectorAll('article')].find((a) =>
        a.textContent!.includes('Call Streak'),
      )!;
      const text = card.textContent!.replace(/\s+/g, ' ');
      expect(text).toContain('Longest streak · 25+ calls a day');
      expect(text).not.toContain('goal 25');
      expect(text).toContain('Eve Martin: 14 days');
    });

    it('page: days in the table and on the race axis, no goal line', async () => {
      const el = await mount('br-contest', { ...props, contestId: 'c-streak' });
      const cells = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(
        (tr) => tr.querySelectorAll('td')[3]!.textContent,
      );
      expect(cells).toEqual(['14 days', '2 days', '2 days']);
      const race = deepQueryAll(el, 'br-race-chart')[0]!;
      expect(race.shadowRoot!.querySelectorAll('line[stroke-dasharray]')).toHaveLength(0);
      const ticks = [...race.shadowRoot!.querySelectorAll('svg text[text-anchor="end"]')].map(
        (t) => t.textContent,
      );
      expect(ticks.length).toBeGreaterThan(1);
      for (const t of ticks) expect(t).toMatch(/^\d+ days?$/);
      expect(deepText(race)).toContain('Eve Martin: 14 days');
    });

    it('rep page: the rank line has the days unit', async () => {
      const el = await mount('br-rep', { index: m.index, fmt: m.fmt, repId: 'r2' });
      expect(deepText(el)).toContain('Rank 2 of 3 · 2 days');
    });
  });

  it('br-race-chart keeps the goal line of a first_to contest', async () => {
    const c = { ...index.contests.get('c-nov')!, kind: 'first_to' as const, goal: 60000 };
    const el = await mount('br-race-chart', { contest: c, fmt, names: (k: string | null) => k });
    expect(el.shadowRoot!.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
  });

  describe('an upcoming contest', () => {
    const m = modelWithContests((base) => [upcomingContest(base)]);
    const props = { index: m.index, fmt: m.fmt, now: Date.parse('2026-11-20T12:00:00Z') };

    it('card: the countdown and rules, no podium', async () => {
      const el = await mount('br-contests', props);
      const card = [...el.shadowRoot!.querySelectorAll('article')].find((a) =>
        a.textContent!.includes('December Demo Blitz'),
      )!;
      expect(card.textContent).toContain('starts in 11 days');
      expect(card.textContent).toContain('Rules');
      expect(card.querySelector('ol')).toBeNull();
      expect(card.textContent).not.toContain('Eve Martin');
    });

    it('page: no standings table and no race', async () => {
      const el = await mount('br-contest', { ...props, contestId: 'c-blitz' });
      expect(el.shadowRoot!.querySelector('table')).toBeNull();
      expect(deepQueryAll(el, 'br-race-chart')).toHaveLength(0);
      expect(deepText(el)).toContain('No standings yet: the contest has not started.');
    });

    it('rep page: no rank, the start day instead', async () => {
      const el = await mount('br-rep', { index: m.index, fmt: m.fmt, repId: 'r5' });
      const text = deepText(el);
      expect(text).toContain('Not started yet: starts 1 Dec 2026');
      expect(text).not.toContain('Rank 1 of 3 · 0');
    });
  });

  it('contest cards print the engine rank, so tied entries share it', async () => {
    const m = modelWithContests((base) => [
      {
        ...base,
        id: 'c-tied',
        name: 'Tied Sprint',
        standings: base.standings.map((s, i) => ({ ...s, rank: i === 2 ? 2 : i + 1 })),
      },
    ]);
    const el = await mount('br-contests', { index: m.index, fmt: m.fmt, now: 0 });
    const card = [...el.shadowRoot!.querySelectorAll('article')].find((a) =>
      a.textContent!.includes('Tied Sprint'),
    )!;
    const ranks = [...card.querySelectorAll('li .rank')].map((r) => r.textContent);
    expect(ranks).toEqual(['1.', '2.', '2.']);
  });

  it.each([
    ['c-nov', 'Ties: A tie on the result goes to whoever reached it first'],
    ['c-dec', 'Ties: Whoever reaches the goal first ranks higher'],
  ])('br-contest %s states the tie-break in the rules box', async (contestId, sentence) => {
    const el = await mount('br-contest', { index, fmt, now: 0, contestId });
    const rules = el.shadowRoot!.querySelector('section[aria-labelledby="rules-h"]')!;
    expect(rules.textContent!.replace(/\s+/g, ' ')).toContain(sentence);
  });

  it('br-badges lists tiers, how to earn, and holders', async () => {
    const el = await mount('br-badges', { index });
    const text = deepText(el);
    expect(text).toContain('Win 3 deals of €10,000 or more in one calendar month.');
    expect(text.indexOf('Gold Closer')).toBeLessThan(text.indexOf('First Deal'));
    expect(text).toContain('2 holders');
  });

  it('br-badges lists held badges first and invites the first holder of the others', async () => {
    const snapshot = sampleSnapshot();
    // A platinum badge nobody holds would otherwise open the page.
    snapshot.badges = [
      ...snapshot.badges,
      { ...snapshot.badges[0]!, id: 'b-plat', name: 'Platinum Pro', tier: 'platinum', holders: 0 },
    ];
    const el = await mount('br-badges', { index: indexSnapshot(snapshot) });
    const cards = [...el.shadowRoot!.querySelectorAll('article')].map(
      (a) => a.querySelector('h3')!.textContent!,
    );
    expect(cards[0]).toContain('Gold Closer');
    expect(cards.at(-2)).toContain('Platinum Pro');
    expect(cards.at(-1)).toContain('Team Player');
    const text = deepText(el);
    expect(text).toContain('Nobody yet — be the first');
    expect(text).not.toContain('0 holders');
  });

  it('br-recognition renders newest first with plain-text messages', async () => {
    const el = await mount('br-recognition', { index, fmt });
    const items = el.shadowRoot!.querySelectorAll('li');
    expect(items[0]!.textContent).toContain(
      'Hi-five for <script>window.__pwned=1</script>Bob Stone from Ada <img',
    );
    expect(items[1]!.textContent).toContain('Eve Martin earned Gold Closer');
  });

  it('br-stamp shows the age and turns into a warning when stale', async () => {
    const el = await mount('br-stamp', {
      stamp: {
        asOfMs: 0,
        ageMinutes: 12,
        stale: true,
        warning: 'Showing the last good data: offline',
        timeZone: 'UTC',
        dataDay: '2026-11-20',
        dataDaysOld: 0,
        refusedOlderMs: null,
      },
    });
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.dataset.stale).toBe('true');
    expect(p.textContent).toContain('12 min ago');
    expect(p.textContent).toContain('offline');
  });
});
