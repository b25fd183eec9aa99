// Who a public message may name: typed senders resolve to public reps only; hidden names and emails are scrubbed.
import { describe, expect, it } from 'vitest';
import type { RecognitionInput, SnapshotRepInput } from '../../../shared/snapshot/input';
import {
  EMAIL_HIDDEN,
  nameDirectory,
  normalName,
  publicSender,
  scrubText,
  TEAMMATE,
} from '../../../shared/snapshot/names';

function rep(repId: string, name: string, active = true, isPublic = true): SnapshotRepInput {
  return {
    repId,
    name,
    team: null,
    avatarUrl: null,
    active,
    public: isPublic,
    level: 1,
    levelTitle: '',
    xp: 0,
    nextLevelXp: null,
    streak: { current: 0, best: 0 },
    attainment: { week: null, month: null, quarter: null, year: null },
  };
}

const names = nameDirectory([
  rep('ann', 'Ann Lee'),
  rep('victor', 'Victor Singh', true, false),
  rep('gone', 'Gone Rep', false, true),
  rep('jose', 'José Núñez', true, false),
  rep('pat1', 'Pat Kim'),
  rep('pat2', 'Pat  Kim', false, true),
  rep('al', 'A. (Al) Smith', true, false),
]);

function sent(fromRepId: string | null, fromText: string | null): RecognitionInput {
  return {
    id: 'g1',
    date: '2026-11-20',
    kind: 'hi-five',
    toRepId: 'ann',
    fromRepId,
    fromText,
    message: null,
    caption: null,
    badgeId: null,
    contestId: null,
    public: true,
  };
}

describe('normalName', () => {
  it.each([
    ['Ann Lee', 'ann lee'],
    ['  ANN   lee ', 'ann lee'],
    ['Ann\tLee', 'ann lee'],
    ['', ''],
    ['Jose\u0301 Nu\u0301n\u0303ez', 'jose nunez'],
    ['Vic\u200Btor\u00A0SINGH', 'victor singh'],
  ])('%j compares as %j', (text, expected) => {
    expect(normalName(text)).toBe(expected);
  });
});

describe('publicSender', () => {
  it.each([
    ['a public rep by id', 'ann', null, 'Ann Lee'],
    ['a private rep by id', 'victor', null, null],
    ['an inactive rep by id', 'gone', null, null],
    ["a private rep's typed full name", null, 'Victor Singh', null],
    ['the same name in another case with extra spaces', null, '  victor   SINGH ', null],
    ["an inactive rep's typed name", null, 'Gone Rep', null],
    ["a public rep's typed name, as the rep's display name", null, ' ann  LEE ', 'Ann Lee'],
    ['a name shared by a public and an inactive rep', null, 'Pat Kim', null],
    ['text that names no rep', null, 'The CEO', 'The CEO'],
    ['a first name alone, which matches no full name', null, 'Victor', 'Victor'],
    ['an email address', null, 'boss@example.com', null],
    ['a name with an email address', null, 'Boss <boss@example.com>', null],
    ["text holding a private rep's name", null, "Victor Singh's manager", `${TEAMMATE}'s manager`],
    ['blank text', null, '   ', null],
    ['no sender', null, null, null],
  ])('%s: %j / %j → %j', (_what, fromRepId, fromText, expected) => {
    expect(publicSender(sent(fromRepId, fromText), names)).toBe(expected);
  });
});

describe('scrubText', () => {
  it.each([
    ['Thanks Victor Singh!', `Thanks ${TEAMMATE}!`],
    ['thanks VICTOR  singh for the intro', `thanks ${TEAMMATE} for the intro`],
    ["Victor Singh's deal", `${TEAMMATE}'s deal`],
    ['Ann Lee and Victor Singh', `Ann Lee and ${TEAMMATE}`],
    ['Great job José Núñez', `Great job ${TEAMMATE}`],
    ['GREAT JOB JOSÉ NÚÑEZ', `GREAT JOB ${TEAMMATE}`],
    ['Gone Rep helped', `${TEAMMATE} helped`],
    ['Pat Kim too', `${TEAMMATE} too`],
    ['Thanks A. (Al) Smith', `Thanks ${TEAMMATE}`],
    ['Victor Singhal closed it', 'Victor Singhal closed it'],
    ['Ask Victor', 'Ask Victor'],
    ['Ping victor.singh@example.com.', `Ping ${EMAIL_HIDDEN}.`],
    ['Mail (a.b+c@x.co) now', `Mail (${EMAIL_HIDDEN}) now`],
    ['"x@y.org", or z@w.io!', `"${EMAIL_HIDDEN}", or ${EMAIL_HIDDEN}!`],
    ['Nice work', 'Nice work'],
  ])('%j → %j', (text, expected) => {
    expect(scrubText(text, names)).toBe(expected);
  });

  // The same name in other Unicode forms, and as part of ids and handles (issue 11 item 4).
  it.each([
    ['decomposed accents', 'Bravo Jose\u0301 Nu\u0301n\u0303ez!', `Bravo ${TEAMMATE}!`],
    ['decomposed, upper case', 'JOSE\u0301 NU\u0301N\u0303EZ', TEAMMATE],
    ['accents left out', 'Jose Nunez', TEAMMATE],
    ['a zero-width space inside', 'Thanks Vic\u200Btor Singh', `Thanks ${TEAMMATE}`],
    [
      'a zero-width joiner and a soft hyphen',
      'Vic\u200Dtor Sin\u00ADgh rocks',
      `${TEAMMATE} rocks`,
    ],
    ['a no-break space between', 'Victor\u00A0Singh', TEAMMATE],
    ['full-width letters', 'Ｖｉｃｔｏｒ Ｓｉｎｇｈ', TEAMMATE],
    ['an id with underscores', 'cup_victor_singh_2026', `cup_${TEAMMATE}_2026`],
    ['an id with dashes', 'victor-singh-cup', `${TEAMMATE}-cup`],
    ['words run together', 'TeamVictorSingh', 'TeamVictorSingh'],
    ['run together as one word', 'VictorSingh', TEAMMATE],
    ['a combining mark after the name goes too', 'Victor Singh\u0301!', `${TEAMMATE}!`],
    ['Turkish dotted capital I', 'VİCTOR SİNGH', TEAMMATE],
    ['another word that merely starts alike', 'Victor Singhal', 'Victor Singhal'],
  ])('%s: %j → %j', (_what, text, expected) => {
    expect(scrubText(text, names)).toBe(expected);
  });

  it('folds sharp s as ss', () => {
    const dir = nameDirectory([rep('ann', 'Ann Lee'), rep('g', 'Greta Strauß', true, false)]);
    expect(scrubText('Thanks GRETA STRAUSS and greta strauss', dir)).toBe(
      `Thanks ${TEAMMATE} and ${TEAMMATE}`,
    );
  });

  it('leaves names alone when every rep is public', () => {
    const all = nameDirectory([rep('ann', 'Ann Lee'), rep('bo', 'Bo Chan')]);
    expect(scrubText('Ann Lee thanks Bo Chan', all)).toBe('Ann Lee thanks Bo Chan');
  });
});
