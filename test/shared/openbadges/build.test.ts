// Open Badges from the demo: every assertion passes the 1EdTech 2.0 checks and hosted verification;
// a private rep, a private badge and a rep without email have none; the email is never in clear.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import { buildOpenBadges, type OpenBadges } from '../../../shared/openbadges';
import type { WorkbookGrids } from '../../../shared/workbook';
import {
  checkBadgeClass,
  checkIssuer,
  checkRevocationList,
  recipientIs,
  revokedIds,
  verifyHosted,
} from './spec';

const SITE = 'https://team.example/board/';
const sha256Hex = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};

/** The demo with a Badges tab of one public and one private badge, and rep R02 private. */
function grids(): WorkbookGrids {
  const g = generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' });
  const reps = (g.Reps ?? []).map((row, i) => {
    const pub = (g.Reps?.[0] ?? []).indexOf('public');
    return i > 0 && row[0] === 'R02' ? row.map((c, k) => (k === pub ? 'FALSE' : c)) : row;
  });
  const header = [
    'badge_id',
    'name',
    'kind',
    'metric',
    'threshold',
    'window',
    'tier',
    'description',
    'public',
  ];
  return {
    ...g,
    Reps: reps,
    Badges: [
      header,
      [
        'b-10k',
        'Ten grand month',
        'threshold',
        'revenue',
        10000,
        'month',
        'gold',
        'Win $10,000 in a month.',
        'yes',
      ],
      [
        'b-secret',
        'Quiet closer',
        'threshold',
        'revenue',
        10000,
        'month',
        'silver',
        'Same bar, private.',
        'no',
      ],
    ],
  };
}

const result = runEngine(grids(), options);
const emails = new Map(
  result.workbook.reps.flatMap((r) => (r.email ? [[r.repId, r.email] as const] : [])),
);
const built: OpenBadges = buildOpenBadges({
  snapshot: result.snapshot,
  siteUrl: SITE,
  issuerEmail: 'sales-ops@team.example',
  emails,
  sha256Hex,
});
const hosted = new Map(built.files.map((f) => [SITE + f.path, f.text]));
const assertions = built.files.filter((f) => f.path.startsWith('badges/assertions/'));
const docs = assertions.map((f) => JSON.parse(f.text) as Record<string, unknown>);

describe('buildOpenBadges', () => {
  it('writes assertions, and every one passes the specification and hosted verification', () => {
    expect(assertions.length).toBeGreaterThan(3);
    for (const f of assertions) expect(verifyHosted(SITE + f.path, hosted)).toEqual([]);
  });

  it('writes an Issuer profile and BadgeClasses that pass their required-property checks', () => {
    expect(checkIssuer(JSON.parse(hosted.get(`${SITE}badges/issuer.json`) as string))).toEqual([]);
    const classes = built.files.filter((f) => f.path.startsWith('badges/classes/'));
    expect(classes.length).toBe(1);
    for (const f of classes) expect(checkBadgeClass(JSON.parse(f.text))).toEqual([]);
  });

  it("hashes each recipient's email with its own salt: it verifies, and is not in any file", () => {
    const salts = new Set(docs.map((d) => (d.recipient as { salt: string }).salt));
    expect(salts.size).toBe(docs.length);
    for (const d of docs) {
      const repId = decodeURIComponent(
        String((d.evidence as { id: string }[])[0]?.id)
          .split('/')
          .pop() ?? '',
      );
      expect(recipientIs(d, (emails.get(repId) as string).toLowerCase()), repId).toBe(true);
      expect(recipientIs(d, 'someone.else@example.com')).toBe(false);
    }
    const all = built.files.map((f) => f.text).join('\n');
    for (const email of emails.values()) expect(all).not.toContain(email);
  });

  it('gives a private rep and a private badge no assertion, though both were earned', () => {
    const earned = result.model.awards;
    expect(earned.some((a) => a.repId === 'R02' && a.badgeId === 'b-10k')).toBe(true);
    expect(earned.some((a) => a.badgeId === 'b-secret')).toBe(true);
    const all = built.files.map((f) => f.text).join('\n');
    expect(all).not.toContain('Quiet closer');
    expect(all).not.toContain('#/reps/R02');
    expect(built.portable.has('R02')).toBe(false);
  });

  it('gives each public holder their links: the assertion address and an "add to LinkedIn" link', () => {
    const [repId, links] = [...built.portable][0] ?? [];
    expect(links?.length).toBeGreaterThan(0);
    const first = links?.[0];
    expect(hosted.has(first?.assertionUrl as string)).toBe(true);
    const li = new URL(first?.linkedInUrl as string);
    expect(li.origin + li.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(li.searchParams.get('certUrl')).toBe(first?.assertionUrl);
    expect(li.searchParams.get('name')).toBe('Ten grand month');
    expect(repId).not.toBe('R02');
  });

  it('writes the same bytes for the same input', () => {
    const again = buildOpenBadges({
      snapshot: result.snapshot,
      siteUrl: SITE,
      issuerEmail: 'sales-ops@team.example',
      emails,
      sha256Hex,
    });
    expect(again.files).toEqual(built.files);
  });
});

/** The wall-clock date and time an instant shows in `timeZone` (Intl, independent of the code under test). */
function wallClock(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const v = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${v('year')}-${v('month')}-${v('day')} ${v('hour')}:${v('minute')}`;
}

describe('issuedOn', () => {
  it("is 00:00 of the award's day in the team's time zone (Settings), with that zone's offset", () => {
    const zone = result.snapshot.team.timeZone;
    expect(zone).not.toBe('UTC');
    const earned = new Map(result.snapshot.awards.map((a) => [a.earnedOn, true]));
    for (const d of docs) {
      const issued = String(d.issuedOn);
      expect(issued).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00[+-]\d{2}:\d{2}$/);
      expect(issued.endsWith('Z')).toBe(false);
      expect(earned.has(issued.slice(0, 10))).toBe(true);
      expect(wallClock(issued, zone)).toBe(`${issued.slice(0, 10)} 00:00`);
    }
  });
});

describe('revocation', () => {
  const issuer = JSON.parse(hosted.get(`${SITE}badges/issuer.json`) as string);
  const gone = `${SITE}badges/assertions/${'e'.repeat(32)}.json`;
  const live = SITE + (assertions[0]?.path ?? '');
  const again = buildOpenBadges({
    snapshot: result.snapshot,
    siteUrl: SITE,
    issuerEmail: 'sales-ops@team.example',
    emails,
    sha256Hex,
    previous: {
      assertions: [live, gone, 'https://elsewhere.example/badges/assertions/x.json'],
      revoked: [{ id: live, revocationReason: 'earlier' }],
    },
  });
  const hostedAgain = new Map(again.files.map((f) => [SITE + f.path, f.text]));

  it('names a RevocationList in the Issuer profile that passes the specification checks', () => {
    expect(issuer.revocationList).toBe(`${SITE}badges/revocations.json`);
    const list = JSON.parse(hosted.get(issuer.revocationList) as string);
    expect(checkRevocationList(list, issuer.id)).toEqual([]);
    expect(revokedIds(list)).toEqual([]);
  });

  it('revokes an assertion the last build published and this one does not: listed, and its address answers revoked: true', () => {
    expect(again.revoked).toEqual([gone]);
    const list = JSON.parse(hostedAgain.get(issuer.revocationList) as string);
    expect(checkRevocationList(list, issuer.id)).toEqual([]);
    expect(revokedIds(list)).toEqual([gone]);
    const doc = JSON.parse(hostedAgain.get(gone) as string);
    expect(doc).toMatchObject({ id: gone, revoked: true });
    expect(doc.revocationReason).toMatch(/no longer published/);
    expect(doc.recipient).toBeUndefined();
    expect(verifyHosted(gone, hostedAgain)).toEqual([`${gone}: revoked`]);
  });

  it('keeps a public award live even when an earlier list revoked it, and ignores addresses of another site', () => {
    expect(verifyHosted(live, hostedAgain)).toEqual([]);
    expect(again.files.some((f) => f.path.includes('elsewhere'))).toBe(false);
  });

  it('keeps revoked what an earlier list revoked, with its reason', () => {
    const third = buildOpenBadges({
      snapshot: result.snapshot,
      siteUrl: SITE,
      issuerEmail: 'sales-ops@team.example',
      emails,
      sha256Hex,
      previous: { assertions: [], revoked: [{ id: gone, revocationReason: 'Made private.' }] },
    });
    const list = JSON.parse(third.files.find((f) => f.path === 'badges/revocations.json')!.text);
    expect(list.revokedAssertions).toEqual([{ id: gone, revocationReason: 'Made private.' }]);
  });
});

describe('the specification checks themselves', () => {
  it('catch an assertion listed in the issuer RevocationList, and a list naming another issuer', () => {
    const f = assertions[0] as { path: string; text: string };
    const url = SITE + f.path;
    const listUrl = `${SITE}badges/revocations.json`;
    const list = JSON.parse(hosted.get(listUrl) as string);
    const broken = new Map(hosted);
    broken.set(listUrl, JSON.stringify({ ...list, revokedAssertions: [url] }));
    expect(verifyHosted(url, broken)).toContain(`${url}: revoked (in the RevocationList)`);
    expect(
      checkRevocationList({ ...list, issuer: 'https://other.example/i.json' }, list.issuer),
    ).toEqual([`RevocationList: issuer is not the issuer's id`]);
  });

  it('catch a missing recipient, a wrong context and an assertion on another origin', () => {
    const f = assertions[0] as { path: string; text: string };
    const doc = JSON.parse(f.text);
    const broken = new Map(hosted);
    broken.set(SITE + f.path, JSON.stringify({ ...doc, recipient: undefined, '@context': 'x' }));
    const found = verifyHosted(SITE + f.path, broken).join('\n');
    expect(found).toMatch(/recipient missing/);
    expect(found).toMatch(/@context is not/);
    const elsewhere = 'https://evil.example/a.json';
    broken.set(elsewhere, JSON.stringify({ ...doc, id: elsewhere }));
    expect(verifyHosted(elsewhere, broken)).toContain(`${elsewhere}: not on the issuer's origin`);
  });
});
