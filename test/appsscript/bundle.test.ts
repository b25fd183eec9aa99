// The built bundle: classic script, top-level entry points, manifest scopes and the clasp file list.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOURLY_HANDLER, MENU } from '../../appsscript/src/menu';
import { addon, buildBundle, ROOT } from './helpers';

let dir = '';
beforeAll(() => {
  dir = buildBundle();
});

const menuHandlers = MENU.flatMap((m) => (m === 'separator' ? [] : [m.handler]));
const serverCalls = [
  'getDashboardData',
  'openIssuesTab',
  'getHiFiveOptions',
  'submitHiFive',
  'getRepPanel',
  'getWhatIf',
  'getStatementOptions',
  'getStatement',
  'getImportSources',
  'previewImport',
  'confirmImport',
];

describe('the menu contract', () => {
  it('names these handlers: installed menus and triggers call them by name, so a rename breaks them', () => {
    expect(menuHandlers).toEqual([
      'setupWorkbook',
      'recalculateNow',
      'toggleHourlyRecalculation',
      'publishLeaderboard',
      'showDashboard',
      'showStatementDialog',
      'showHiFiveDialog',
      'showImportDialog',
      'rotateOnePrivateLink',
      'rotateAllPrivateLinks',
      'showDiagnostics',
    ]);
    expect(HOURLY_HANDLER).toBe('onHourlyTrigger');
  });
});

describe('Code.js', () => {
  it('is one classic script: it compiles as a script, with no import or export', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it.each(menuHandlers)('declares the menu handler %s as a top-level function', (name) => {
    expect(addon().hasTopLevelFunction(name)).toBe(true);
  });

  it.each(['onOpen', 'onInstall', 'doGet', HOURLY_HANDLER, ...serverCalls])(
    'declares %s (called by Apps Script by name) as a top-level function',
    (name) => {
      expect(addon().hasTopLevelFunction(name)).toBe(true);
    },
  );

  it('declares exactly the known entry points: a new top-level function must join this contract', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    const declared = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    const known = [...menuHandlers, 'onOpen', 'onInstall', 'doGet', HOURLY_HANDLER, ...serverCalls];
    expect([...declared].sort()).toEqual([...new Set(known)].sort());
  });

  it('does not expose helpers under names ending in _ (Apps Script would hide them)', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^function \w+_\(/m);
  });
});

describe('appsscript.json', () => {
  const manifest = () => JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8'));

  it('runs on V8', () => {
    expect(manifest().runtimeVersion).toBe('V8');
  });

  it('asks only for the current sheet, its UI and triggers', () => {
    expect([...manifest().oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('deploys the web app as the deploying user, readable without sign-in (the snapshot is public)', () => {
    expect(manifest().webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  });
});

describe('HTML files', () => {
  it.each([
    ['Sidebar.html', 'br-addon-dashboard'],
    ['HiFive.html', 'br-hi-five-form'],
    ['Statement.html', 'br-statement-dialog'],
  ])('%s is one self-contained page with the %s element', (file, tag) => {
    const html = readFileSync(join(dir, file), 'utf8');
    expect(html).toContain(`<${tag}></${tag}>`);
    expect(html).toContain(`customElements.define("${tag}"`);
    expect(html).not.toMatch(/<script[^>]+src=/);
    // Exactly one inline script block: nothing inside it closes the element early.
    expect(html.match(/<\/script/g)).toHaveLength(1);
  });
});

describe('clasp', () => {
  it('lists exactly the bundle, the manifest and the HTML files to push', () => {
    const project = mkdtempSync(join(tmpdir(), 'bellringer-clasp-'));
    mkdirSync(join(project, 'dist'), { recursive: true });
    cpSync(dir, join(project, 'dist/appsscript'), { recursive: true });
    writeFileSync(join(project, 'dist/appsscript/Code.js.map'), '{}');
    cpSync(join(ROOT, '.clasp.json'), join(project, '.clasp.json'));
    cpSync(join(ROOT, '.claspignore'), join(project, '.claspignore'));
    writeFileSync(join(project, 'package.json'), '{}');
    const out = execFileSync(join(ROOT, 'node_modules/.bin/clasp'), ['--json', 'status'], {
      cwd: project,
      env: { ...process.env, HOME: project },
      encoding: 'utf8',
    });
    const status = JSON.parse(out) as { filesToPush: string[] };
    expect([...status.filesToPush].sort()).toEqual([
      'dist/appsscript/Code.js',
      'dist/appsscript/HiFive.html',
      'dist/appsscript/Import.html',
      'dist/appsscript/Sidebar.html',
      'dist/appsscript/Statement.html',
      'dist/appsscript/appsscript.json',
    ]);
  });

  it('points rootDir at the bundle and carries a placeholder script id', () => {
    const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist/appsscript');
    expect(clasp.scriptId).toMatch(/REPLACE/);
  });
});
