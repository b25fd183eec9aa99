// Privacy property: values planted in every private column of every tab, and private names in other forms, never reach the site data.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrids } from '../../cli/commands/build';
import { generateDemoWorkbook } from '../../shared/demo';
import { runEngine } from '../../shared/engine';
import { serializeSnapshot, splitSnapshot } from '../../shared/snapshot';
import { leaks, PRIVATE, plant, withAmounts } from './privacy-plant';

const OPTIONS = {
  now: new Date('2026-11-26T12:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};

describe('the published site data', () => {
  it('classifies every column of every tab, and each private one can hold a planted value', () => {
    expect(PRIVATE.filter((c) => c.kind !== 'text' && c.kind !== 'number')).toEqual([]);
    expect(PRIVATE.length).toBeGreaterThan(30);
  });

  it.each([true, false])(
    'holds no planted private value for the demo built as the CLI does (amounts published: %s)',
    (publishAmounts) => {
      const planted = plant(generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' }), 'a');
      const dir = mkdtempSync(join(tmpdir(), 'bellringer-privacy-'));
      try {
        const { result } = buildGrids(withAmounts(planted.grids, publishAmounts), {
          out: dir,
          asOf: OPTIONS.asOf,
          now: OPTIONS.now,
        });
        // Every badge kind (training and manual included) and every contest kind is in play.
        const m = result.model;
        expect(new Set(m.badges.map((b) => b.kind)).size).toBe(7);
        expect(m.awards.some((a) => a.badgeId === 'trained')).toBe(true);
        expect(m.awards.some((a) => a.badgeId === 'team-player')).toBe(true);
        expect(new Set(m.contests.map((c) => c.contest.kind)).size).toBe(6);
        expect(planted.texts.length).toBeGreaterThan(500);
        // The first load and every on-demand part the CLI wrote beside it.
        const site = join(dir, 'site');
        const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) =>
          e.isFile(),
        );
        expect(files.filter((e) => e.parentPath.endsWith('snapshot.parts')).length).toBeGreaterThan(
          3,
        );
        const published = files
          .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
          .join('\n');
        expect(leaks(planted, published, publishAmounts)).toEqual([]);
        // The private award is absent, its count included.
        const s = result.snapshot;
        expect(s.awards.some((a) => a.badgeId === 'team-player')).toBe(false);
        expect(s.badges.find((b) => b.id === 'team-player')?.holders).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('holds no private value for any generated workbook, amounts published or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        fc.stringMatching(/^[a-z]{3}$/),
        (seed, publishAmounts, salt) => {
          const planted = plant(generateDemoWorkbook({ seed, asOf: '2026-11-26' }), salt);
          const result = runEngine(withAmounts(planted.grids, publishAmounts), OPTIONS);
          const split = splitSnapshot(result.snapshot);
          const published = [
            serializeSnapshot(result.snapshot),
            serializeSnapshot(split.snapshot),
            ...split.parts.map((p) => JSON.stringify(p.part)),
          ].join('\n');
          expect(leaks(planted, published, publishAmounts)).toEqual([]);
        },
      ),
      { numRuns: 4 },
    );
  });

  it('would see a leak: the same search finds private values in the manager-only tabs', () => {
    const planted = plant(generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' }), 'a');
    const result = runEngine(withAmounts(planted.grids, false), OPTIONS);
    const tabs = result.tables.map((t) => JSON.stringify(t.rows)).join('\n');
    const found = leaks(planted, `${tabs}\n${serializeSnapshot(result.snapshot)}`, false);
    expect(found.length).toBeGreaterThan(50);
    expect(found).toContain(planted.names[0]);
  });
});
