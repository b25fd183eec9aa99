// ?data= may read only from the site's own origin or a source its owner listed; crafted links are refused.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  checkDataSource,
  REFUSED,
  readAllowedSources,
  redirectAllowed,
} from '../../../web/src/data/source';

const PAGE = 'https://board.example.org/sales/?tv=1';
const WEB_APP = 'https://script.google.com/macros/s/AKfyc123/exec';
const LISTED = ['https://data.example.net', WEB_APP];

// [what, ?data= value, the address read, or null when refused]
const CASES: [string, string, string | null][] = [
  [
    'the default beside the page',
    './snapshot.json',
    'https://board.example.org/sales/snapshot.json',
  ],
  ['a same-origin path', '/feeds/s.json', 'https://board.example.org/feeds/s.json'],
  [
    'a same-origin absolute URL',
    'https://board.example.org/x.json',
    'https://board.example.org/x.json',
  ],
  ['a same-origin URL with a query', './s.json?v=2', 'https://board.example.org/sales/s.json?v=2'],
  ['an unlisted origin', 'https://evil.example/s.json', null],
  [
    'a listed origin, any path',
    'https://data.example.net/a/b.json',
    'https://data.example.net/a/b.json',
  ],
  [
    'a listed origin in upper case',
    'HTTPS://DATA.EXAMPLE.NET/s.json',
    'https://data.example.net/s.json',
  ],
  ['a listed origin on another port', 'https://data.example.net:8443/s.json', null],
  ['a listed origin over http', 'http://data.example.net/s.json', null],
  ['a listed web app', WEB_APP, WEB_APP],
  ['a listed web app with a query', `${WEB_APP}?v=1`, `${WEB_APP}?v=1`],
  ['another web app on the same host', 'https://script.google.com/macros/s/EVIL/exec', null],
  ['a lookalike host', 'https://data.example.net.evil.example/s.json', null],
  ['a data: URL', 'data:application/json,{"schema":"bellringer.snapshot"}', null],
  ['a data: URL in mixed case', 'DaTa:application/json,{}', null],
  ['a javascript: URL', 'javascript:alert(1)', null],
  ['a javascript: URL in mixed case', 'JaVaScRiPt:alert(1)', null],
  ['a javascript: URL with a tab inside', 'java\tscript:alert(1)', null],
  ['a javascript: URL with a newline inside', 'java\nscript:alert(1)', null],
  ['a javascript: URL after spaces', '  javascript:alert(1)', null],
  ['a blob: URL', 'blob:https://board.example.org/1b2c', null],
  ['a file: URL', 'file:///etc/passwd', null],
  ['an ftp: URL', 'ftp://board.example.org/s.json', null],
  ['a protocol-relative URL', '//evil.example/s.json', null],
  [
    'a protocol-relative URL to a listed origin',
    '//data.example.net/s.json',
    'https://data.example.net/s.json',
  ],
  ['a backslash host', '\\\\evil.example/s.json', null],
  ['a slash-backslash host', '/\\evil.example/s.json', null],
  ['a backslash in the path', './a\\b.json', null],
  ['credentials in a same-origin URL', 'https://user:pw@board.example.org/s.json', null],
  ['credentials hiding the host', 'https://board.example.org@evil.example/s.json', null],
  ['credentials in a listed URL', 'https://u@data.example.net/s.json', null],
  ['an encoded host separator', 'https://evil.example%2F@board.example.org/s.json', null],
  ['a NUL byte', './s.json\u0000', null],
  ['an unparseable URL', 'https://[::1/s.json', null],
  ['a scheme-only URL', 'https:', 'https://board.example.org/sales/?tv=1'],
];

describe('checkDataSource', () => {
  it.each(CASES)('%s', (_what, raw, expected) => {
    const r = checkDataSource(raw, PAGE, LISTED);
    if (expected === null) expect(r).toEqual({ ok: false, reason: REFUSED });
    else expect(r).toMatchObject({ ok: true, url: expected });
  });

  it.each(CASES.filter((c) => c[2] !== null && !c[2].startsWith('https://board.example.org')))(
    'with no list, refuses what only the list allowed: %s',
    (_what, raw) => {
      expect(checkDataSource(raw, PAGE, []).ok).toBe(false);
    },
  );

  it.each([
    ['a data: entry', 'data:application/json,{}', 'data:application/json,{}'],
    ['a javascript: entry', 'javascript:alert(1)', 'javascript:alert(1)'],
    ['an entry with credentials', 'https://u:p@evil.example', 'https://evil.example/s.json'],
    ['a backslash entry', 'https:\\\\evil.example', 'https://evil.example/s.json'],
    ['a bare host name', 'evil.example', 'https://evil.example/s.json'],
  ])('never trusts a malformed owner entry: %s', (_what, entry, raw) => {
    expect(checkDataSource(raw, PAGE, [entry]).ok).toBe(false);
  });

  it('never repeats the refused address in its reason', () => {
    const raw = 'data:application/json,{"team":{"name":"YOU ARE ALL FIRED"}}';
    const r = checkDataSource(raw, PAGE, LISTED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toMatch(/FIRED|data:/);
  });
});

describe('redirectAllowed', () => {
  const same = checkDataSource('./snapshot.json', PAGE, LISTED);
  const listed = checkDataSource(WEB_APP, PAGE, LISTED);
  if (!same.ok || !listed.ok) throw new Error('fixtures');
  it.each([
    ['a same-origin answer with no redirect', same, '', true],
    [
      'a same-origin redirect within the origin',
      same,
      'https://board.example.org/other.json',
      true,
    ],
    ['a same-origin redirect to a listed origin', same, 'https://data.example.net/s.json', true],
    ['a same-origin redirect to another origin', same, 'https://evil.example/s.json', false],
    [
      'a listed web app redirecting to its content host',
      listed,
      'https://script.googleusercontent.com/macros/echo?k=1',
      true,
    ],
  ] as const)('%s: %s', (_what, check, final, ok) => {
    expect(redirectAllowed(check, final, PAGE, LISTED)).toBe(ok);
  });
});

describe('readAllowedSources', () => {
  it.each([
    [
      '<meta name="bellringer-data-sources" content="https://a.example  https://b.example/x">',
      ['https://a.example', 'https://b.example/x'],
    ],
    ['<meta name="bellringer-data-sources" content="">', []],
    ['', []],
  ])('reads %s', (head, expected) => {
    const win = new Window();
    win.document.head.innerHTML = head;
    expect(readAllowedSources(win.document as unknown as Document)).toEqual(expected);
  });
});
