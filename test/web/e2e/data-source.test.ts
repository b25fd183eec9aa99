// Crafted ?data= links in Chromium: refused with a clear message, nothing fetched, no foreign text on screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../cli/serve';
import {
  type DataSource,
  SAMPLE,
  TV_HD,
  axeViolations,
  launchBrowser,
  screenshot,
  serveSite,
  startDataSource,
  watchErrors,
} from './harness';

const FOREIGN = 'FOREIGN TEAM FIRED';
const foreignSnapshot = {
  ...structuredClone(SAMPLE),
  team: { ...(SAMPLE.team as object), name: FOREIGN },
};

let open: StaticServer;
let listing: StaticServer;
let foreign: DataSource;
let browser: Browser;
let page: Page;
let errors: string[];
const dialogs: string[] = [];

/** Every text on the page, shadow roots included. */
const pageText = () =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    parts.push(document.body.textContent ?? '', document.title);
    walk(document);
    return parts.join('\n');
  });

beforeAll(async () => {
  foreign = await startDataSource(foreignSnapshot);
  [open, listing, browser] = await Promise.all([
    serveSite({}, []),
    serveSite({}, [foreign.url]),
    launchBrowser(),
  ]);
  page = await browser.newPage({ viewport: TV_HD });
  errors = watchErrors(page);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([open?.close(), listing?.close(), foreign?.close()]);
});

// Short enough for a URL (a whole snapshot would pass the server's header limit); it is never read anyway.
const dataUrl = `data:application/json,${JSON.stringify({ schema: 'bellringer.snapshot', team: { name: FOREIGN } })}`;

describe('a crafted ?data= link', () => {
  // [what, ?data= value (raw, put into the query as is, encoded)]
  const CRAFTED: [string, () => string][] = [
    ['another origin', () => foreign.url],
    ['another origin, protocol-relative', () => foreign.url.replace(/^http:/, '')],
    ['another origin behind a backslash', () => foreign.url.replace(/^http:\/\//, '\\\\')],
    [
      'credentials hiding the host',
      () => foreign.url.replace('//', `//${new URL(open.url).host}@`),
    ],
    ['a data: URL holding a snapshot', () => dataUrl],
    ['a data: URL in mixed case', () => dataUrl.replace(/^data/, 'DaTa')],
    ['a javascript: URL', () => `javascript:alert("${FOREIGN}")`],
    ['a blob: URL', () => `blob:${open.url}00000000-0000-0000-0000-000000000000`],
  ];

  it.each(CRAFTED)('%s: a clear message, no request, no foreign text', async (what, raw) => {
    const before = foreign.requests;
    for (const tv of ['', '&tv=1']) {
      await page.goto(`${open.url}?data=${encodeURIComponent(raw())}${tv}`);
      await page.getByRole('heading', { name: 'This leaderboard link is not allowed' }).waitFor();
      const text = await pageText();
      expect(text).toMatch(/source the site’s owner has not allowed/);
      expect(text).not.toContain(FOREIGN);
      expect(text).not.toMatch(/North Star|data:|javascript:|127\.0\.0\.1/);
    }
    expect(foreign.requests).toBe(before);
    if (what === 'a data: URL holding a snapshot') {
      await screenshot(page, 'data-source-refused');
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('reads the same foreign source once the owner lists it (the refusal above is the check, not a broken page)', async () => {
    await page.goto(`${listing.url}?data=${encodeURIComponent(foreign.url)}`);
    await page.getByText(FOREIGN).first().waitFor();
    // Listing one exact address allows that address, not the whole origin.
    await page.goto(
      `${listing.url}?data=${encodeURIComponent(`${foreign.url.replace('snapshot.json', 'other.json')}`)}`,
    );
    await page.getByRole('heading', { name: 'This leaderboard link is not allowed' }).waitFor();
  });

  it('ran no script and raised no error', () => {
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
