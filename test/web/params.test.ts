// URL options for the site and the TV wall.
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../web/src/params';

describe('readOptions', () => {
  it('defaults to ./snapshot.json, normal mode, all slides, 15 s slides, 60 s reloads', () => {
    const o = readOptions('');
    expect(o).toMatchObject({
      dataUrl: './snapshot.json',
      tv: false,
      intervalMs: 15_000,
      refreshMs: 60_000,
      team: null,
      lens: 'revenue',
      sound: false,
    });
    expect(o.slides).toEqual(['leaderboard', 'contests', 'badges', 'recognition']);
  });

  it('reads the TV options from the URL', () => {
    const o = readOptions(
      '?tv=1&slides=contests,recognition&interval=5&refresh=30&team=North&lens=attainment&sound=1&data=https%3A%2F%2Fx.test%2Fs.json',
    );
    expect(o).toMatchObject({
      tv: true,
      slides: ['contests', 'recognition'],
      intervalMs: 5000,
      refreshMs: 30_000,
      team: 'North',
      lens: 'attainment',
      sound: true,
      dataUrl: 'https://x.test/s.json',
    });
  });

  it('ignores unknown slides and lenses and nonsense numbers', () => {
    const o = readOptions('?slides=ads,badges&lens=bogus&interval=-3&refresh=abc');
    expect(o.slides).toEqual(['badges']);
    expect(o.lens).toBe('revenue');
    expect(o.intervalMs).toBe(15_000);
    expect(o.refreshMs).toBe(60_000);
  });

  it('clamps tiny intervals so a typo cannot spin the CPU', () => {
    expect(readOptions('?interval=0.0001').intervalMs).toBe(50);
  });
});

describe('clock (speed-up for soak tests and demos)', () => {
  it.each([
    ['no clock: real time', '', [15_000, 60_000, 6_000]],
    ['clock=60: a minute in a second', 'clock=60', [250, 1_000, 100]],
    ['clock=60 with refresh=30: half a second', 'clock=60&refresh=30', [250, 500, 100]],
    ['a clock below 1 or not a number is ignored', 'clock=0.1', [15_000, 60_000, 6_000]],
    ['at most 3600; never under 20 ms', 'clock=99999', [20, 20, 20]],
  ])('%s', (_name, search, [interval, refresh, celebrate]) => {
    const o = readOptions(`?tv=1&${search}`);
    expect([o.intervalMs, o.refreshMs, o.celebrateMs]).toEqual([interval, refresh, celebrate]);
  });
});
