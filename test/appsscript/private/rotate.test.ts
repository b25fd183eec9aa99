// Rotating private links from the menu: a new link at once in the tab, the old one answered until the next publish and never after.
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../shared/private';
import { linkRows, openLink, publishedAddon } from './helpers';

const kindOf = async (a: Parameters<typeof openLink>[0], link: string) => {
  const o = await openLink(a, link);
  return o === 'not_found' ? o : o.kind;
};

describe('Rotate one rep’s private link…', () => {
  it('gives that rep a new link (new id and key), marks it new, and the old link stops at the next publish', async () => {
    const a = publishedAddon();
    const before = linkRows(a);
    const [target, other] = before;
    a.google.ui.promptAnswers.push({ button: 'OK', text: ` ${target!.repId} ` });
    a.call('rotateOnePrivateLink');
    const after = linkRows(a);
    const rotated = after.find((r) => r.repId === target!.repId)!;
    const old = parseFragment(new URL(target!.link).hash)!;
    const now = parseFragment(new URL(rotated.link).hash)!;
    expect(now.id).not.toBe(old.id);
    expect(now.key).not.toBe(old.key);
    expect(rotated.status).toMatch(/works after the next publish/);
    expect(after.find((r) => r.repId === other!.repId)).toEqual(other);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/old link keeps working until you publish/);
    // Until the next publish the published files are those of the last one.
    expect(await kindOf(a, target!.link)).toBe('ok');
    a.call('publishLeaderboard');
    expect(await kindOf(a, target!.link)).toBe('not_found');
    expect(await kindOf(a, rotated.link)).toBe('ok');
    expect(await kindOf(a, other!.link)).toBe('ok');
    expect(linkRows(a).every((r) => r.status === 'Works now')).toBe(true);
  });

  it('rotates nothing for a rep_id without a link, and says so', () => {
    const a = publishedAddon();
    const before = linkRows(a);
    a.google.ui.promptAnswers.push({ button: 'OK', text: 'nobody-here' });
    a.call('rotateOnePrivateLink');
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(
      /No private link was made for rep_id "nobody-here"/,
    );
    expect(linkRows(a)).toEqual(before);
  });

  it('does nothing when the prompt is cancelled or closed', () => {
    const a = publishedAddon();
    const before = linkRows(a);
    a.google.ui.promptAnswers.push({ button: 'CANCEL', text: before[0]!.repId });
    a.call('rotateOnePrivateLink');
    a.call('rotateOnePrivateLink');
    expect(linkRows(a)).toEqual(before);
  });
});

describe('Rotate all private links', () => {
  it('asks first, then changes every link; after the next publish no old link opens and every new one does', async () => {
    const a = publishedAddon();
    const before = linkRows(a);
    a.google.ui.answers.push('NO');
    a.call('rotateAllPrivateLinks');
    expect(linkRows(a)).toEqual(before);
    a.call('rotateAllPrivateLinks');
    const after = linkRows(a);
    expect(after.map((r) => r.repId)).toEqual(before.map((r) => r.repId));
    for (const [i, r] of after.entries()) expect(r.link).not.toBe(before[i]!.link);
    a.call('publishLeaderboard');
    for (const r of before) expect(await kindOf(a, r.link), r.repId).toBe('not_found');
    for (const r of after) expect(await kindOf(a, r.link), r.repId).toBe('ok');
  });
});
