// The DuckDB peer computes the baseline's per-rep figures from the same raw grids: equal, or the comparison would be meaningless.
import { describe, expect, it } from 'vitest';
import { baselinePass } from '../../../cli/bench/baseline';
import { duckdbPeer } from '../../../cli/bench/duckdb-peer';
import { generateDemoWorkbook } from '../../../shared/demo';

describe('duckdbPeer', () => {
  it('gives the baseline single pass’s checksum on the demo workbook (blank counts, open deals, timestamps)', async () => {
    const grids = generateDemoWorkbook({ seed: 3, asOf: '2026-11-18' });
    const peer = await duckdbPeer(grids);
    expect(peer.checksum).toBeCloseTo(baselinePass(grids).checksum, 3);
    expect(peer.equal).toBe(true);
  });

  it('would see a difference: one more won deal changes its checksum', async () => {
    const grids = generateDemoWorkbook({ seed: 3, asOf: '2026-11-18' });
    const deals = grids.Deals!;
    const status = deals[0]!.indexOf('status');
    const row = deals.findIndex((r, i) => i > 0 && r[status] === 'lost');
    const before = (await duckdbPeer(grids)).checksum;
    const changed = {
      ...grids,
      Deals: deals.map((r, i) => (i === row ? r.map((c, j) => (j === status ? 'won' : c)) : r)),
    };
    const after = await duckdbPeer(changed);
    expect(after.checksum).not.toBe(before);
    expect(after.equal).toBe(true);
  });
});
