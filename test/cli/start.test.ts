// `bellringer start`: today's demo built into a folder, a readable summary, and the hook the site server uses.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StartContext } from '../../cli/commands/start';
import { main } from '../../cli/main';
import { formatValue } from '../../cli/summary';

describe('bellringer start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bellringer-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the demo for today in the demo zone, prints the summary, then calls the after-build hook', async () => {
    const out: string[] = [];
    let hooked: StartContext | null = null;
    // 02:00 UTC on 19 Nov is 18 Nov in New York, the demo's zone.
    const code = await main(
      ['start', '--out', join(dir, 'demo')],
      { out: (l) => out.push(l), err: (l) => out.push(`ERR ${l}`) },
      {
        now: new Date(Date.UTC(2026, 10, 19, 2, 0)),
        startHooks: {
          afterBuild: async (context) => {
            hooked = context;
          },
        },
      },
    );
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(out[0]).toBe('Summit Sales, as of 18 Nov 2026 (America/New_York)');
    expect(text).toMatch(/This month \(2026-11\):/);
    expect(text).toMatch(/^ {2}Revenue +1\. .+ \$[\d,]+ {3}2\. /m);
    expect(text).toMatch(
      /Live contests:\n {2}November Revenue Race \(until 30 Nov 2026\): .+ leads with \$[\d,]+/,
    );
    expect(text).toMatch(
      /Call Streak Challenge \(until 27 Nov 2026\): .+ leads with \d+ working days in a row/,
    );
    expect(text).toMatch(/Recent badges:\n {2}[ \d]\d Nov 2026  /);
    expect(text).toMatch(/Data issues: 3 \(see .+Issues\.csv\)/);
    expect(hooked).not.toBeNull();
    expect(existsSync(hooked!.snapshotPath)).toBe(true);
    expect(hooked!.siteDir).toBe(join(dir, 'demo', 'site'));
    expect(existsSync(join(dir, 'demo', 'workbook', 'Deals.csv'))).toBe(true);
    expect(existsSync(join(dir, 'demo', 'demo-workbook.xlsx'))).toBe(true);
  });
});

describe('formatValue (summary figures, locale-free)', () => {
  it.each([
    [1234567.4, 'money', 'USD', '$1,234,567'],
    [1234, 'money', 'EUR', '1,234 EUR'],
    [87.46, 'percent', 'USD', '87.5%'],
    [87.06, 'pct_points', 'USD', '+87.1 pts'],
    [-2.5, 'pct_points', 'USD', '-2.5 pts'],
    [823.5, 'points', 'USD', '823.5'],
    [12000, 'count', 'USD', '12,000'],
    [null, 'money', 'USD', '—'],
    // Half up on the decimal value, grouped like every other figure (shared/format).
    [288.75, 'percent', 'USD', '288.8%'],
    [1234.5, 'percent', 'USD', '1,234.5%'],
    [2.5, 'money', 'USD', '$3'],
    [-0.04, 'pct_points', 'USD', '0 pts'],
    [1234.56, 'points', 'USD', '1,234.6'],
  ] as const)('%d as %s (%s) reads %s', (value, unit, currency, expected) => {
    expect(formatValue(value, unit, currency)).toBe(expected);
  });
});
