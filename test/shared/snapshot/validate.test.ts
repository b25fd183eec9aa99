// validateSnapshot: a data source's own error answer (the add-on's web app) is shown as its message.
import { describe, expect, it } from 'vitest';
import { PUBLISHING_BODY } from '../../../appsscript/src/publish/snapshot-store';
import { REPUBLISHING_REASON, validateSnapshot } from '../../../shared/snapshot/validate';

// The bodies doGet (appsscript/src/handlers/web-app.ts) answers instead of a snapshot.
const NOT_PUBLISHED_MESSAGE =
  'No leaderboard has been published yet. In the team workbook choose Extensions → Bellringer → Publish leaderboard.';

describe('validateSnapshot with a data source error', () => {
  it.each([
    [
      'not published yet',
      { error: 'not_published', message: NOT_PUBLISHED_MESSAGE },
      NOT_PUBLISHED_MESSAGE,
    ],
    [
      'unreadable store',
      { error: 'unavailable', message: 'The published leaderboard could not be read (x).' },
      'The published leaderboard could not be read (x).',
    ],
    [
      'an error without a message',
      { error: 'quota' },
      'The data source reported an error ("quota").',
    ],
    [
      'an error with a blank message',
      { error: 'quota', message: '  ' },
      'The data source reported an error ("quota").',
    ],
  ])('%s: the reason is what the source said', (_, body, reason) => {
    expect(validateSnapshot(body)).toEqual({ ok: false, reason });
  });

  it('a publish in progress is a transient failure with calm wording', () => {
    const check = validateSnapshot(JSON.parse(PUBLISHING_BODY));
    expect(check).toEqual({ ok: false, reason: REPUBLISHING_REASON, transient: true });
    expect(REPUBLISHING_REASON).toBe('The leaderboard is being republished; trying again shortly.');
  });

  it('a very long message is shortened to a reason', () => {
    const check = validateSnapshot({ error: 'x', message: 'a'.repeat(5000) });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason.length).toBe(300);
      expect(check.reason.endsWith('…')).toBe(true);
    }
  });

  it.each([
    ['a non-string error', { error: 42, message: 'hi' }],
    ['no error field', { message: 'hi' }],
    ['an array', [{ error: 'x' }]],
  ])('%s is still "not a Bellringer snapshot"', (_, body) => {
    const check = validateSnapshot(body);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/not a Bellringer snapshot/);
  });

  it('a document with the snapshot marker is checked as a snapshot, error field or not', () => {
    const check = validateSnapshot({ schema: 'bellringer.snapshot', version: 99, error: 'x' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(/version 99/);
  });
});
