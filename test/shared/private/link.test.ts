// Private links: base64url like Node's, and the fragment read back only when whole and well formed.
import { describe, expect, it } from 'vitest';
import { base64url, fromBase64url, parseFragment, privateLink } from '../../../shared/private';
import { utf8Bytes, utf8Text } from '../../../shared/private/utf8';

const ID = '0123456789abcdef0123456789abcdef';
const KEY = 'A'.repeat(42) + 'E';

describe('base64url', () => {
  it.each([0, 1, 2, 3, 31, 32, 33])('matches Node for %i bytes and reads back', (n) => {
    const b = new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255);
    expect(base64url(b)).toBe(Buffer.from(b).toString('base64url'));
    expect([...(fromBase64url(base64url(b)) ?? [])]).toEqual([...b]);
  });

  it('refuses characters outside the alphabet', () => {
    expect(fromBase64url('ab+c')).toBeNull();
  });
});

describe('utf8', () => {
  it.each(['', 'plain', 'Zoë', '€ 1,000', '𝄞 music', '日本'])('matches Node for %j', (s) => {
    expect(Buffer.from(utf8Bytes(s)).toString('hex')).toBe(Buffer.from(s, 'utf8').toString('hex'));
    expect(utf8Text(utf8Bytes(s))).toBe(s);
  });

  it('reads invalid UTF-8 as null', () => {
    expect(utf8Text(new Uint8Array([0xc3]))).toBeNull();
  });
});

describe('privateLink and parseFragment', () => {
  it('puts the id and key in the fragment only, after the site address', () => {
    const link = privateLink('https://team.example/board', ID, KEY);
    expect(link).toBe(`https://team.example/board/private.html#b=${ID}&k=${KEY}`);
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(parseFragment(url.hash)).toEqual({ id: ID, key: KEY });
  });

  it("names the add-on's web app in ?data= (encoded) and keeps the key in the fragment", () => {
    const exec = 'https://script.google.com/macros/s/AKfy/exec';
    const link = privateLink('https://team.example/board/', ID, KEY, exec);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://team.example/board/private.html');
    expect(url.searchParams.get('data')).toBe(exec);
    expect(url.search).not.toContain(KEY);
    expect(parseFragment(url.hash)).toEqual({ id: ID, key: KEY });
  });

  it('writes a relative link without a site address', () => {
    expect(privateLink(null, ID, KEY)).toBe(`private.html#b=${ID}&k=${KEY}`);
  });

  it.each([
    ['', 'nothing'],
    [`#b=${ID}`, 'no key'],
    [`#k=${KEY}`, 'no id'],
    [`#b=${ID}&k=${KEY.slice(1)}`, 'a key cut short'],
    [`#b=${ID.toUpperCase()}&k=${KEY}`, 'an id not in lower-case hex'],
    [`#b=${ID}x&k=${KEY}`, 'an id too long'],
  ])('reads %j as no link (%s)', (hash) => {
    expect(parseFragment(hash)).toBeNull();
  });
});
