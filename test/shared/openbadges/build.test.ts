// Open Badges from the demo: every assertion passes the 1EdTech 2.0 checks and hosted verification;
// a private rep, a private badge and a rep without email have none; the email is never in clear.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import { buildOpenBadges, type OpenBadges } from '../../../shared/openbadges';
import type { WorkbookGrids } from '../../../shared/workbook';
import { checkBadgeClass, checkIssuer, recipientIs, verifyHosted } from './spec';

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

describe('the specification checks themselves', () => {
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
