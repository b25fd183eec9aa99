// Splitting the snapshot: the first load keeps what boards and the wall draw, the parts hold the rest, and merging restores it.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import { runEngine } from '../../../shared/engine';
import {
  RECENT_AWARD_DAYS,
  type Snapshot,
  mergePart,
  partKeyFor,
  splitSnapshot,
  validatePart,
  validateSnapshot,
} from '../../../shared/snapshot';
import { isoDay, parseIsoDay } from '../../../shared/time';

const AS_OF = '2026-11-26';
const full: Snapshot = runEngine(generateDemoWorkbook({ seed: 7, asOf: AS_OF }), {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: AS_OF,
}).snapshot;
const cutoff = isoDay(parseIsoDay(AS_OF)! - RECENT_AWARD_DAYS);
const awardKey = (a: Snapshot['awards'][number]) =>
  `${a.badgeId}|${a.repId}|${a.window}|${a.earnedOn}`;

describe('splitSnapshot', () => {
  const { snapshot, parts } = splitSnapshot(full);

  it('the demo has old and recent awards, and a final contest with race lines (so each rule is exercised)', () => {
    expect(full.awards.some((a) => a.earnedOn <= cutoff)).toBe(true);
    expect(full.awards.some((a) => a.earnedOn > cutoff)).toBe(true);
    expect(full.contests.some((c) => c.status === 'final' && c.series.length > 0)).toBe(true);
  });

  it('keeps in the first load only the awards earned in the recent window, and every other field as is', () => {
    expect(snapshot.awards).toEqual(full.awards.filter((a) => a.earnedOn > cutoff));
    const { awards: _a, contests: _c, parts: index, ...rest } = snapshot;
    const { awards: _fa, contests: _fc, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    expect(index).toBeDefined();
    expect(validateSnapshot(JSON.parse(JSON.stringify(snapshot))).ok).toBe(true);
  });

  it('moves final contests’ race lines to a part and leaves live ones in place', () => {
    snapshot.contests.forEach((c, i) => {
      const original = full.contests[i]!;
      expect({ ...c, series: original.series }).toEqual(original);
      if (c.status === 'final') expect(c.series).toEqual([]);
      else expect(c.series).toEqual(original.series);
    });
  });

  it('gives each rep with an award a part with the whole history, and every part validates beside its first load', () => {
    for (const rep of full.reps) {
      const mine = full.awards.filter((a) => a.repId === rep.id);
      const key = partKeyFor(snapshot, { kind: 'rep', id: rep.id });
      if (mine.length === 0) expect(key).toBeNull();
      else expect(parts.find((p) => p.key === key)?.part).toMatchObject({ awards: mine });
    }
    for (const { part } of parts) {
      const check = validatePart(JSON.parse(JSON.stringify(part)), snapshot.generatedAt);
      expect(check.ok).toBe(true);
    }
  });

  it('refuses a part of another publish, and one that breaks the schema', () => {
    const part = parts[0]!.part;
    expect(validatePart(part, '2020-01-01T00:00:00Z')).toMatchObject({ ok: false });
    expect(validatePart({ ...part, extra: 1 }, part.generatedAt)).toMatchObject({ ok: false });
  });

  it('the holders part lists each badge holder once, with their newest award of it', () => {
    const holders = parts.find((p) => p.key === snapshot.parts?.holders)?.part;
    expect(holders?.kind).toBe('holders');
    const awards = holders?.kind === 'holders' ? holders.awards : [];
    const pairs = new Set(full.awards.map((a) => `${a.badgeId}|${a.repId}`));
    expect(awards.map((a) => `${a.badgeId}|${a.repId}`).sort()).toEqual([...pairs].sort());
    for (const a of awards) {
      const newer = full.awards.some(
        (b) => b.badgeId === a.badgeId && b.repId === a.repId && b.earnedOn > a.earnedOn,
      );
      expect(newer).toBe(false);
    }
  });

  it('merging every part gives back every award and race line of the full snapshot', () => {
    const merged = parts.reduce((s, p) => mergePart(s, p.part), snapshot);
    expect(merged.awards.map(awardKey).sort()).toEqual(full.awards.map(awardKey).sort());
    expect(merged.contests).toEqual(full.contests);
    expect(merged.generatedAt).toBe(full.generatedAt);
  });

  it('is deterministic: the same full snapshot gives the same bytes', () => {
    expect(JSON.stringify(splitSnapshot(full))).toBe(JSON.stringify(splitSnapshot(full)));
  });

  it('a snapshot without old awards or final races needs no holders part', () => {
    const recent = { ...full, awards: snapshot.awards, contests: snapshot.contests };
    const again = splitSnapshot(recent);
    expect(again.snapshot.parts?.holders).toBeNull();
    expect(partKeyFor(again.snapshot, { kind: 'holders' })).toBeNull();
  });
});
