// The paste-install artifact (dist/release): one Code.gs with the pages inlined plus the manifest, runnable alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU } from '../../appsscript/src/menu';
import { loadAddon } from './fake/load-bundle';
import { buildBundle, demoGrids, fill, NOW, ROOT, TIME_ZONE, WEB_APP_URL } from './helpers';

/** Builds the bundle and the release into fresh folders; returns the release folder. */
function buildRelease(): string {
  const out = mkdtempSync(join(tmpdir(), 'bellringer-bundle-'));
  const release = mkdtempSync(join(tmpdir(), 'bellringer-release-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/build-appsscript.mjs'), '--out', out, '--release', release],
    { cwd: ROOT, stdio: 'pipe' },
  );
  return release;
}

const release = buildRelease();

/** The release loaded the way a paste install runs it: Code.gs alone, no HTML files in the project. */
function pasted() {
  return loadAddon({
    dir: release,
    file: 'Code.gs',
    htmlFiles: {},
    now: NOW,
    timeZone: TIME_ZONE,
    serviceUrl: WEB_APP_URL,
  });
}

const menuHandlers = MENU.flatMap((m) => (m === 'separator' ? [] : [m.handler]));
const topLevel = (code: string) =>
  [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();

describe('the paste-install release', () => {
  it('is exactly two files: Code.gs and the manifest', () => {
    expect(readdirSync(release).sort()).toEqual(['Code.gs', 'appsscript.json']);
  });

  it('carries the same manifest as the clasp install (same narrow scopes)', () => {
    expect(JSON.parse(readFileSync(join(release, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(ROOT, 'appsscript/appsscript.json'), 'utf8')),
    );
  });

  it('declares the same top-level functions as the clasp bundle', () => {
    const code = readFileSync(join(release, 'Code.gs'), 'utf8');
    const bundle = readFileSync(join(buildBundle(), 'Code.js'), 'utf8');
    expect(topLevel(code)).toEqual(topLevel(bundle));
    for (const h of menuHandlers) expect(topLevel(code)).toContain(h);
  });

  it('is deterministic: a second build gives the same bytes', () => {
    const again = buildRelease();
    for (const f of ['Code.gs', 'appsscript.json'])
      expect(readFileSync(join(again, f)).equals(readFileSync(join(release, f)))).toBe(true);
  });

  it('loaded alone, builds the Extensions → Bellringer menu', () => {
    const a = pasted();
    a.call('onOpen', { authMode: 'NONE' });
    const items = a.google.ui.menus[0]!.items.map((i) =>
      i === 'separator' ? 'separator' : { caption: i.caption, handler: i.functionName },
    );
    expect(items).toEqual(MENU);
  });

  it.each([
    ['showDashboard', 'br-addon-dashboard'],
    ['showHiFiveDialog', 'br-hi-five-form'],
    ['showStatementDialog', 'br-statement-dialog'],
  ])('%s opens its page from the inlined copy (no HTML file needed)', (handler, tag) => {
    const a = pasted();
    a.call(handler);
    expect(a.google.ui.alerts).toEqual([]);
    const shown = [...a.google.ui.sidebars, ...a.google.ui.dialogs.map((d) => d.output)];
    expect(shown).toHaveLength(1);
    expect(shown[0]!.getContent()).toContain(`<${tag}></${tag}>`);
    expect(shown[0]!.getContent()).toContain(`customElements.define("${tag}"`);
  });

  it('control: the clasp bundle without its HTML files cannot open the sidebar', () => {
    const a = loadAddon({ dir: buildBundle(), htmlFiles: {}, now: NOW, timeZone: TIME_ZONE });
    a.call('showDashboard');
    expect(a.google.ui.sidebars).toEqual([]);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/No HTML file named Sidebar/);
  });

  it("runs a manager's first menu items end to end: Recalculate now, then Publish leaderboard", () => {
    const a = pasted();
    fill(a.google.spreadsheet, demoGrids());
    a.call('recalculateNow');
    expect(a.google.spreadsheet.sheet('Scorecard')).toBeDefined();
    a.call('publishLeaderboard');
    const body = JSON.parse((a.call('doGet', {}) as { getContent(): string }).getContent());
    expect(body).toHaveProperty('version');
  });
});

describe('docs/addon.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/addon.md'), 'utf8');

  it('leads with the paste install: its first section, naming both release files', () => {
    const first = doc.split(/^## /m)[1]!;
    expect(first).toMatch(/^Paste install/);
    expect(first).toContain('`Code.gs`');
    expect(first).toContain('`appsscript.json`');
    expect(first).toContain('dist/release/');
  });
});
