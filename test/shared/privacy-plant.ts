// Planting private values in every private column of a workbook, and searching published text for them (privacy tests of the CLI and the add-on).
import { defaultBadgeCatalogue } from '../../shared/badges';
import { formatNumber } from '../../shared/format';
import { fold } from '../../shared/snapshot/fold';
import type { Cell, Grid, WorkbookGrids } from '../../shared/workbook';
import { TAB_SPECS } from '../../shared/workbook';

/** Columns the site may show (for public rows: public reps, public contests, badges, messages). */
export const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  Reps: ['rep_id', 'name', 'team', 'avatar_url'],
  Activities: ['count'],
  Deals: ['amount'],
  Contests: ['contest_id', 'name', 'metric', 'goal', 'team', 'prize', 'description'],
  Badges: ['badge_id', 'name', 'metric', 'threshold', 'icon', 'description'],
  Recognition: ['from', 'message'],
};

/** Keys, references, kinds, dates and rule fields: they steer the engine and hold no free text. */
export const STRUCTURAL: Readonly<Record<string, readonly string[]>> = {
  Settings: ['setting', 'value'],
  Reps: ['start_date', 'active', 'public'],
  Targets: ['rep_id', 'period', 'metric'],
  Activities: ['date', 'rep_id', 'type'],
  Deals: ['rep_id', 'stage', 'status', 'created_date', 'close_date', 'expected_close', 'won_date'],
  Contests: ['kind', 'start', 'end', 'public'],
  Badges: ['kind', 'window', 'tier', 'public'],
  Recognition: ['date', 'to', 'kind', 'badge_id', 'public'],
  Training: ['rep_id', 'category', 'assigned', 'due', 'completed'],
  Coaching: ['date', 'rep_id', 'follow_up'],
  'Action Plans': ['rep_id', 'opened', 'ends', 'metric', 'check_ins', 'status'],
  'Plan Template': ['field'],
  Roles: ['role_id', 'competencies'],
  Candidates: ['role_id', 'stage', 'applied', 'stage_date', 'references_checked'],
  'Commission Plans': [
    'applies_to',
    'period',
    'tiers',
    'tier_mode',
    'spiff_contest_ids',
    'effective_from',
    'effective_to',
  ],
};

/**
 * Every other column of every tab is private: a new column is private until someone decides
 * otherwise (fail closed), and gets a planted value here by its type.
 */
export const PRIVATE = TAB_SPECS.flatMap((tab) =>
  tab.columns
    .filter(
      (c) => !PUBLIC[tab.name]?.includes(c.header) && !STRUCTURAL[tab.name]?.includes(c.header),
    )
    .map((c) => ({ tab: tab.name, header: c.header, kind: c.validation.kind })),
);

const CONTROL = 'zzcontrolpublicnamezz';

export interface Planted {
  readonly grids: WorkbookGrids;
  readonly texts: string[];
  readonly numbers: number[];
  /** Private names: must not appear even folded (accents, invisible characters, case, spacing). */
  readonly names: string[];
  /** Must appear: proves planted public values were published and the search sees them. */
  readonly controls: string[];
  /** Must appear folded: proves the folded search sees a name written in another form. */
  readonly foldedControls: string[];
}

const header = (grid: Grid) => (grid[0] ?? []).map((h) => String(h).toLowerCase());
const col = (grid: Grid, name: string) => header(grid).indexOf(name);

function mapColumn(grid: Grid, name: string, f: (cell: Cell, row: number) => Cell): Grid {
  const c = col(grid, name);
  if (c < 0) return grid;
  return grid.map((row, i) => (i === 0 ? row : row.map((v, j) => (j === c ? f(v, i + 1) : v))));
}

/** Rows added to a grid by header name. */
function append(grid: Grid, rows: readonly Record<string, Cell>[]): Grid {
  const h = header(grid);
  return [...grid, ...rows.map((r) => h.map((k) => r[k] ?? ''))];
}

/** The built-in catalogue as a Badges tab, plus training badges and a private badge. */
function badgesTab(token: (what: string) => string): Grid {
  const rows: Cell[][] = [
    [
      'badge_id',
      'name',
      'kind',
      'metric',
      'threshold',
      'window',
      'tier',
      'icon',
      'description',
      'public',
    ],
  ];
  for (const b of defaultBadgeCatalogue())
    rows.push([
      b.badgeId,
      b.name,
      b.kind,
      b.metric ?? '',
      b.threshold ?? '',
      b.window ?? '',
      b.tier ?? '',
      b.icon ?? '',
      b.description ?? '',
      'yes',
    ]);
  rows.push(['trained', 'Trained', 'manual', 'training', 1, '', 'bronze', '🎓', '', 'yes']);
  rows.push(['technician', 'Technician', 'manual', 'technique', 1, '', 'silver', '🛠️', '', 'yes']);
  rows.push([
    token('badgeid'),
    token('badgename'),
    'manual',
    '',
    '',
    '',
    '',
    '',
    token('bdesc'),
    'no',
  ]);
  return rows;
}

/** The private name in the forms a typist, a paste or an id would give it. */
function forms(name: string): string[] {
  return [
    name.normalize('NFD'),
    name.normalize('NFD').toUpperCase(),
    name.replace(' ', ' \u200B'),
    name.toLowerCase().replace(' ', '  '),
    name.replace(' ', '_').toLowerCase(),
    name.replace(' ', '\u00A0'),
  ];
}

export function plant(grids: WorkbookGrids, salt: string): Planted {
  const out: Record<string, Grid> = { ...grids };
  const texts: string[] = [];
  const numbers: number[] = [];
  const token = (what: string) => {
    const t = `zz${salt}${what.replace(/\W/g, '')}zz`;
    texts.push(t);
    return t;
  };
  out.Badges = badgesTab(token);
  for (const { tab, header: h, kind } of PRIVATE) {
    out[tab] = mapColumn(out[tab] ?? [], h, (cell, row) => {
      if (kind === 'number') {
        if (typeof cell !== 'number') return cell;
        const value = Math.floor(cell) + 0.37;
        numbers.push(value);
        return value;
      }
      return cell === '' || cell === null ? cell : token(`${tab}${h}${row}`);
    });
  }

  // Every third rep is private, under a tell-tale id and name; the first one has an accented name.
  const reps = out.Reps ?? [];
  const idCol = col(reps, 'rep_id');
  const renamed = new Map<string, string>();
  reps.slice(1).forEach((row, i) => {
    if (i % 3 === 0) renamed.set(String(row[idCol]), token(`privateid${i}`));
  });
  for (const [tab, grid] of Object.entries(out)) {
    let g = grid;
    for (const c of ['rep_id', 'to', 'from', 'applies_to'])
      g = mapColumn(g, c, (cell) => renamed.get(String(cell)) ?? cell);
    out[tab] = g;
  }
  const privateName = `Zoë Zz${salt}Núñez`;
  let first = true;
  out.Reps = mapColumn(out.Reps ?? [], 'public', (cell, row) =>
    renamed.has(String(reps[row - 1]?.[idCol])) ? 'no' : cell,
  );
  out.Reps = mapColumn(out.Reps, 'name', (cell, row) => {
    if (!renamed.has(String(reps[row - 1]?.[idCol]))) return row === 3 ? CONTROL : cell;
    if (first) {
      first = false;
      return privateName;
    }
    return token(`privatename${row}`);
  });
  // Private values as team names: the control rep's team is named after the private rep.
  out.Reps = mapColumn(out.Reps, 'team', (cell, row) =>
    row === 3 ? `${privateName.normalize('NFD')}'s crew` : cell,
  );

  // Private rows of Contests, Badges-like tabs and Recognition: their published columns too.
  for (const tab of ['Contests', 'Recognition']) {
    const grid = out[tab] ?? [];
    const pub = col(grid, 'public');
    const shown = PUBLIC[tab] ?? [];
    out[tab] = grid.map((row, i) => {
      if (i === 0 || i % 2 === 1) return row;
      return row.map((c, j) => {
        if (j === pub) return 'no';
        const h = header(grid)[j] ?? '';
        return shown.includes(h) && typeof c === 'string' && c !== '' && h !== 'from'
          ? token(`${tab}${h}${i + 1}`)
          : c;
      });
    });
  }
  // Public texts carrying the private name in other forms, and the private rep's email.
  const [nfd, upper, zeroWidth, spaced, id, nbsp] = forms(privateName);
  const email = `zz${salt}mail@example.com`;
  texts.push(email, `zz${salt}mail`);
  const control = `zz${salt}publishedmessagezz`;
  // Written with an accent and a zero-width space: only a folded search finds it.
  const foldControl = `Zz${salt}Fo\u0301ld\u200Bcontrolzz`;
  const toRep = String(reps[2]?.[idCol]);
  const message = (from: string, text: string, kind = 'shout-out', badge = '') => ({
    date: '2026-11-20',
    to: toRep,
    from,
    kind,
    badge_id: badge,
    message: text,
    public: 'yes',
  });
  out.Recognition = append(out.Recognition ?? [], [
    message(privateName, `${control} thanks ${nfd}`),
    message(`  ${upper} `, `${control} mail ${email}, or ask ${zeroWidth}!`),
    message('The CEO', `${spaced} and ${id} and ${nbsp}; ${foldControl}`),
    // A manual award in public and one kept private (public = no): absent, counts included.
    message('The CEO', 'Well done', 'award', 'mvp'),
    { ...message('The CEO', token('privateaward'), 'award', 'team-player'), public: 'no' },
  ]);
  out.Contests = append(out.Contests ?? [], [
    {
      contest_id: `cup-${id}`,
      name: `${upper} Cup`,
      kind: 'most',
      metric: 'calls',
      start: '2026-11-01',
      end: '2026-11-30',
      prize: `Lunch with ${zeroWidth}`,
      description: `Ask ${email} or ${spaced}`,
      public: 'yes',
    },
  ]);
  return {
    grids: out,
    texts,
    numbers,
    names: [privateName],
    controls: [CONTROL, control],
    foldedControls: [`zz${salt}foldcontrolzz`],
  };
}

/** Letters and digits only, folded: "Zoë Zz\u200Bx Núñez" and "zoe_zzx_nunez" are both "zoezzxnunez". */
export const skeleton = (text: string) => fold(text).text.replace(/[^\p{L}\p{N}]/gu, '');

export function withAmounts(grids: WorkbookGrids, publishAmounts: boolean): WorkbookGrids {
  const settings = (grids.Settings ?? [['setting', 'value']]).filter(
    (r) => r[0] !== 'publish_amounts',
  );
  return { ...grids, Settings: [...settings, ['publish_amounts', publishAmounts ? 'yes' : 'no']] };
}

/** What of the planted values the published text holds; a missing control is reported too. */
export function leaks(planted: Planted, published: string, publishAmounts: boolean): string[] {
  const folded = skeleton(published);
  const missing = [
    ...planted.controls.filter((c) => !published.includes(c)),
    ...planted.foldedControls.filter((c) => !folded.includes(skeleton(c))),
  ];
  if (missing.length > 0) return [`(control ${missing} missing: the check cannot see leaks)`];
  const found = planted.texts.filter((t) => published.includes(t) || folded.includes(skeleton(t)));
  found.push(...planted.names.filter((n) => folded.includes(skeleton(n))));
  for (const n of publishAmounts ? [] : planted.numbers)
    if (published.includes(String(n)) || published.includes(formatNumber(n, 2)))
      found.push(String(n));
  return found;
}
