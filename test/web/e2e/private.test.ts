// Private pages in Chromium: a rep's own link opens their page; other links, wrong and rotated keys and a
// tampered file each show one clear message; planted private values never appear in the published folder.
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../cli/commands/build';
import { writeDemo } from '../../../cli/commands/demo';
import { parseCsv } from '../../../cli/io/csv';
import { type StaticServer, serveStatic } from '../../../cli/serve';
import { verifyHosted } from '../../shared/openbadges/spec';
import {
  axeViolations,
  ensureSiteBuilt,
  launchBrowser,
  PHONE,
  SITE_DIR,
  screenshot,
  watchErrors,
} from './harness';

const AS_OF = '2026-11-18';
const NOW = new Date(Date.UTC(2026, 10, 18, 17, 30));
/** Private values planted in the manager's tabs: each must reach its rep's page and nothing else. */
const PLANTED = {
  focus: 'Plantedfocus Qx7',
  feedback: 'Plantedfeedback Vk2 about pricing',
  nextStep: 'Plantednextstep Jw9',
  course: 'Plantedcourse Zr4',
  reason: 'Plantedreason Hm3',
  step: 'Plantedstep Lb8',
  support: 'Plantedsupport Dn6',
  consequences: 'Plantedconsequence Tc5',
};
const TARGET = 61_237;
/** Where the team says the site lives; links and Open Badges use it, the test serves it locally. */
const PUBLIC_SITE = 'https://team.example/board/'; // a tell-tale revenue target for R03's November

let out: string;
let workbookDir: string;
let published: string;
let site: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

const csv = (path: string) => parseCsv(readFileSync(path, 'utf8'));
const linksOf = () =>
  new Map(
    csv(join(out, 'private/links.csv'))
      .slice(1)
      .map((r) => [r[0] as string, r[2] as string]),
  );

/** Writes what a manager would upload: the built site and the build's site/ folder, nothing else. */
function publish(): void {
  rmSync(published, { recursive: true, force: true });
  cpSync(SITE_DIR, published, { recursive: true });
  cpSync(join(out, 'site'), published, { recursive: true });
}

function plant(dir: string): void {
  const add = (tab: string, row: Record<string, string>) => {
    const header = csv(join(dir, `${tab}.csv`))[0] as string[];
    const line = header.map((h) => JSON.stringify(row[h] ?? '')).join(',');
    appendFileSync(join(dir, `${tab}.csv`), `${line}\n`);
  };
  appendFileSync(
    join(dir, 'Settings.csv'),
    `private_pages,all\nsite_url,${PUBLIC_SITE}\nbadge_issuer_email,sales-ops@team.example\n`,
  );
  add('Coaching', {
    date: '2026-11-16',
    rep_id: 'R03',
    coach: 'Dana Whitfield',
    focus: PLANTED.focus,
    feedback: PLANTED.feedback,
    next_step: PLANTED.nextStep,
    follow_up: '2026-11-20',
  });
  add('Training', {
    rep_id: 'R03',
    course: PLANTED.course,
    assigned: '2026-11-01',
    due: '2026-11-10',
  });
  add('Action Plans', {
    plan_id: 'AP-PLANT',
    rep_id: 'R05',
    opened: '2026-11-02',
    ends: '2026-12-31',
    reason: PLANTED.reason,
    metric: 'revenue',
    target: '90000',
    steps: PLANTED.step,
    check_ins: '2026-11-16, 2026-12-01',
    consequences: PLANTED.consequences,
    support: PLANTED.support,
    status: 'open',
  });
  const targets = readFileSync(join(dir, 'Targets.csv'), 'utf8');
  writeFileSync(
    join(dir, 'Targets.csv'),
    targets.replace(/^R03,2026-11,revenue,\d+$/m, `R03,2026-11,revenue,${TARGET}`),
  );
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'br-private-e2e-'));
  workbookDir = (await writeDemo(join(dir, 'demo'), 'private', AS_OF, 'demo')).workbookDir;
  plant(workbookDir);
  out = join(dir, 'out');
  published = join(dir, 'published');
  await Promise.all([
    buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW }),
    ensureSiteBuilt(),
  ]);
  publish();
  [site, browser] = await Promise.all([serveStatic({ root: published }), launchBrowser()]);
  page = await browser.newPage({ viewport: PHONE });
  errors = watchErrors(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a link's fragment on the local copy of the published site. */
async function visit(link: string): Promise<string> {
  await page.goto('about:blank');
  await page.goto(`${site.url}private.html${link.slice(link.indexOf('#'))}`);
  await page.locator('br-private-page h1').first().waitFor();
  // The page's text through its shadow roots, as a reader sees it (innerText of a host is empty).
  const text = await page.evaluate(() => {
    const walk = (n: Node): string =>
      n instanceof Element && n.shadowRoot
        ? walk(n.shadowRoot)
        : n.nodeType === Node.TEXT_NODE
          ? (n.textContent ?? '')
          : [...n.childNodes].map(walk).join(' ');
    return walk(document.querySelector('br-private-page') as Element);
  });
  return text.replace(/\s+/g, ' ').trim();
}

const problemOf = async () => {
  const problem = page.locator('br-private-page [data-problem]');
  return (await problem.count()) === 0 ? null : problem.getAttribute('data-problem');
};
const nameOf = (repId: string) =>
  csv(join(workbookDir, 'Reps.csv')).find((r) => r[0] === repId)?.[1] as string;

describe('a private page in Chromium', () => {
  it("opens a rep's own link and shows that rep's page, planted values included", async () => {
    const text = await visit(linksOf().get('R03') as string);
    expect(text).toContain(nameOf('R03'));
    for (const v of [PLANTED.feedback, PLANTED.nextStep, PLANTED.course]) expect(text).toContain(v);
    expect(text).toContain('$61,237');
    await screenshot(page, 'private-page');
    expect(await axeViolations(page)).toEqual([]);
    const plan = await visit(linksOf().get('R05') as string);
    for (const v of [PLANTED.reason, PLANTED.step, PLANTED.support, PLANTED.consequences])
      expect(plan).toContain(v);
    expect(plan).not.toContain(PLANTED.feedback);
    expect(errors).toEqual([]);
  });

  it('fits the "My target" table in its card on a 360 px phone, no column cut', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await visit(linksOf().get('R01') as string);
    const fit = await page.evaluate(() => {
      const figures = document
        .querySelector('br-private-page')!
        .shadowRoot!.querySelector('br-private-figures')!.shadowRoot!;
      const region = figures.querySelector('.scroll')!;
      return { table: region.querySelector('table')!.scrollWidth, box: region.clientWidth };
    });
    await page.setViewportSize(PHONE);
    expect(fit.box).toBeGreaterThan(0);
    expect(fit.table).toBeLessThanOrEqual(fit.box);
  });

  it('shows the same statement figures as the Commissions tab, to the cent', async () => {
    const rows = csv(join(out, 'tabs/Commissions.csv'));
    const h = rows[0] as string[];
    const col = (r: string[], name: string) => Number(r[h.indexOf(name)]);
    const cents = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
    });
    let compared = 0;
    for (const repId of ['R01', 'R03']) {
      await visit(linksOf().get(repId) as string);
      for (const r of rows.slice(1).filter((x) => x[0] === repId)) {
        const article = page.locator(
          `br-private-statement article[data-status="${r[h.indexOf('status')]}"]`,
        );
        for (const [item, name] of [
          ['Total', 'total'],
          ['Base', 'base'],
          ['Revenue', 'revenue'],
        ] as const) {
          const cell = article.locator(`tr[data-item="${item}"] td.num`);
          expect((await cell.textContent())?.trim(), `${repId} ${item}`).toBe(
            cents.format(col(r, name)),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });

  it("shows one clear message for another rep's file opened with a rep's key", async () => {
    const own = new URL(linksOf().get('R01') as string).hash;
    const other = new URL(linksOf().get('R02') as string).hash;
    const mixed = `private.html#b=${/b=([0-9a-f]+)/.exec(other)?.[1]}&k=${/k=([\w-]+)/.exec(own)?.[1]}`;
    const text = await visit(mixed);
    expect(await problemOf()).toBe('wrong_key');
    expect(text).toMatch(/^This link does not open this page/);
    for (const n of [nameOf('R01'), nameOf('R02'), 'commission', 'target'])
      expect(text.toLowerCase()).not.toContain(n.toLowerCase());
  });

  it('shows one clear message for a wrong key', async () => {
    const link = (linksOf().get('R01') as string).replace(/k=[\w-]+/, `k=${'Q'.repeat(42)}A`);
    const text = await visit(link);
    expect(await problemOf()).toBe('wrong_key');
    expect(text).not.toContain(nameOf('R01'));
  });

  it('shows one clear message for a link cut short', async () => {
    await visit((linksOf().get('R01') as string).slice(0, -5));
    expect(await problemOf()).toBe('no_link');
  });

  it('shows one clear message for a tampered file', async () => {
    const id = /b=([0-9a-f]+)/.exec(linksOf().get('R01') as string)?.[1] as string;
    const path = join(published, 'private', `${id}.bin`);
    const original = readFileSync(path);
    const changed = Buffer.from(original);
    changed[200] = (changed[200] ?? 0) ^ 0x20;
    writeFileSync(path, changed);
    try {
      const text = await visit(linksOf().get('R01') as string);
      expect(await problemOf()).toBe('damaged');
      expect(text).toMatch(/^This page’s file was changed/);
      expect(await axeViolations(page)).toEqual([]);
      expect(text).not.toContain(nameOf('R01'));
    } finally {
      writeFileSync(path, original);
    }
  });

  it('stops a rotated link at the next publish, and the new link opens', async () => {
    const old = linksOf().get('R04') as string;
    await buildWorkbook(workbookDir, { out, asOf: AS_OF, now: NOW, rotateKeys: ['R04'] });
    publish();
    const fresh = linksOf().get('R04') as string;
    expect(fresh).not.toBe(old);
    await visit(old);
    expect(await problemOf()).toBe('gone');
    await visit(fresh);
    expect(await problemOf()).toBeNull();
  }, 60_000);

  it('offers portable badges that verify from the static host (Open Badges 2.0, hosted)', async () => {
    await visit(linksOf().get('R01') as string);
    const links = page.locator('br-private-badges li.portable');
    expect(await links.count()).toBeGreaterThan(0);
    const assertion = (await links.first().locator('a.assertion').getAttribute('href')) as string;
    const linkedIn = (await links
      .first()
      .locator('a', { hasText: 'Add to LinkedIn' })
      .getAttribute('href')) as string;
    expect(new URL(linkedIn).searchParams.get('certUrl')).toBe(assertion);
    // A verifier GETs the assertion, its BadgeClass, Issuer, image and the Issuer's RevocationList: here from the local copy.
    const hosted = new Map<string, string>();
    for (let todo = [assertion]; todo.length > 0; ) {
      const url = todo.pop() as string;
      if (hosted.has(url) || !url.startsWith(PUBLIC_SITE)) continue;
      const res = await fetch(site.url + url.slice(PUBLIC_SITE.length));
      expect(res.status, url).toBe(200);
      const text = await res.text();
      hosted.set(url, text);
      if (url.endsWith('.json')) {
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        const doc = JSON.parse(text);
        // The issuer's RevocationList too: hosted verification checks the assertion is not in it.
        todo.push(
          ...[doc.badge, doc.issuer, doc.image, doc.revocationList].filter(
            (x) => typeof x === 'string',
          ),
        );
      }
    }
    expect(verifyHosted(assertion, hosted)).toEqual([]);
  });

  it('publishes no planted private value in clear, anywhere in the published folder', () => {
    const commissions = csv(join(out, 'tabs/Commissions.csv'));
    const h = commissions[0] as string[];
    // Every rep's commission figures with cents (a whole number could match a public figure).
    const totals = commissions
      .slice(1)
      .flatMap((r) => ['total', 'base'].map((c) => Number(r[h.indexOf(c)])))
      .filter((t) => t > 100 && !Number.isInteger(t));
    const email = csv(join(workbookDir, 'Reps.csv')).find((r) => r[0] === 'R03')?.[2] as string;
    const needles = [
      ...Object.values(PLANTED),
      String(TARGET),
      TARGET.toLocaleString('en-US'),
      email,
      ...totals.flatMap((t) => [
        t.toFixed(2),
        t.toLocaleString('en-US', { minimumFractionDigits: 2 }),
      ]),
    ];
    expect(totals.length).toBeGreaterThan(0);
    const files = (function all(dir: string): string[] {
      return readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? all(join(dir, n)) : [join(dir, n)],
      );
    })(published);
    expect(files.some((f) => f.endsWith('.bin'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const text of [bytes.toString('utf8'), bytes.toString('latin1')])
        for (const n of needles) expect(text.includes(n), `${n} in ${file}`).toBe(false);
    }
    // Control: the same search finds them in the manager's own files.
    const tabs = readdirSync(workbookDir)
      .map((f) => readFileSync(join(workbookDir, f), 'utf8'))
      .join('\n');
    for (const n of Object.values(PLANTED)) expect(tabs).toContain(n);
  });
});
