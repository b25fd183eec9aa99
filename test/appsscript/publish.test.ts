// Publish leaderboard and doGet: the snapshot stored in chunked script properties and served as JSON.
import { describe, expect, it, vi } from 'vitest';
import { PART_SHEETS, PARTS_POINTER_KEY } from '../../appsscript/src/publish/parts-sheet';
import { splitSnapshot } from '../../shared/snapshot';
import { addon, demoGrids, fill, WEB_APP_URL } from './helpers';

function published(serviceUrl: string | null = WEB_APP_URL) {
  const a = addon({ serviceUrl });
  fill(a.google.spreadsheet, demoGrids());
  a.call('publishLeaderboard');
  return a;
}

type Output = { getContent(): string; getMimeType(): string };

describe('doGet', () => {
  it('before any publish answers a clear JSON error', () => {
    const a = addon();
    const out = a.call('doGet', {}) as Output;
    expect(out.getMimeType()).toBe('JSON');
    const body = JSON.parse(out.getContent());
    expect(body.error).toBe('not_published');
    expect(body.message).toMatch(/Publish leaderboard/);
  });

  it('after a publish returns the published snapshot as JSON', () => {
    const a = published();
    const out = a.call('doGet', {}) as Output;
    expect(out.getMimeType()).toBe('JSON');
    const dialog = a.google.ui.dialogs.at(-1)!.output.getContent();
    const embedded = JSON.parse(JSON.parse(/id="snapshot">([^<]*)<\/script>/.exec(dialog)![1]!));
    // The download is the whole snapshot; the web app serves its first load (issue 15), the rest
    // on demand as parts.
    expect(JSON.parse(out.getContent())).toEqual(
      JSON.parse(JSON.stringify(splitSnapshot(embedded).snapshot)),
    );
    expect(embedded).toHaveProperty('version');
    expect(embedded.parts).toBeUndefined();
  });
});

describe('Publish leaderboard', () => {
  it('stores the snapshot in chunks under the 9 kB property limit, with one pointer', () => {
    const a = published();
    const keys = [...a.google.properties.keys()];
    expect(keys).toContain('snapshot.current');
    for (const [k, v] of a.google.properties)
      expect(k.length + v.length).toBeLessThanOrEqual(9 * 1024);
  });

  it('a second publish replaces the first and leaves no old chunks behind', () => {
    const a = published();
    const chunks = () =>
      [...a.google.properties.keys()].filter(
        (k) => k !== 'snapshot.current' && k !== PARTS_POINTER_KEY,
      );
    const first = chunks();
    a.call('publishLeaderboard');
    const second = chunks();
    expect(second.length).toBe(first.length);
    expect(second.some((k) => first.includes(k))).toBe(false);
    expect(JSON.parse((a.call('doGet') as Output).getContent())).toHaveProperty('version');
  });

  it("shows the URL for the site's ?data= parameter and offers snapshot.json to download", () => {
    const a = published();
    const { output, title } = a.google.ui.dialogs.at(-1)!;
    expect(title).toMatch(/published/i);
    const html = output.getContent();
    expect(html).toContain('https://script.google.com/macros/s/ABC/exec');
    expect(html).toContain('?data=');
    expect(html).toContain("a.download = 'snapshot.json'");
  });

  it('without a web app (an add-on install) stores nothing, so no other install is overwritten', () => {
    const a = published(null);
    expect([...a.google.properties.keys()]).toEqual([]);
    expect(JSON.parse((a.call('doGet') as Output).getContent()).error).toBe('not_published');
  });

  it('without a web app offers snapshot.json to download instead, and says why', () => {
    const a = published(null);
    const { output, title } = a.google.ui.dialogs.at(-1)!;
    expect(title).toMatch(/download/i);
    const html = output.getContent();
    expect(html).toContain("a.download = 'snapshot.json'");
    expect(html).toMatch(/No web app serves this script/);
    expect(html).toMatch(/a web app is not part of an add-on install/);
    expect(html).toMatch(/bound script[\s\S]*Deploy → New deployment →\s+Web app/);
    expect(html).not.toContain('?data=');
    const embedded = JSON.parse(JSON.parse(/id="snapshot">([^<]*)<\/script>/.exec(html)![1]!));
    expect(embedded).toHaveProperty('version');
  });

  it('writes to no sheet but its own hidden publish tabs (the on-demand parts)', () => {
    const a = published();
    const writes = a.google.recorder.writes();
    expect(writes.length).toBeGreaterThan(0);
    expect(
      writes.filter((w) => w.sheet !== undefined && !PART_SHEETS.includes(w.sheet as never)),
    ).toEqual([]);
  });

  it('keeps the published snapshot private: no emails or notes from the workbook', () => {
    const a = published();
    const json = (a.call('doGet') as Output).getContent();
    const reps = demoGrids().Reps!;
    const email = reps[0]!.indexOf('email');
    for (const row of reps.slice(1)) if (row[email]) expect(json).not.toContain(String(row[email]));
  });
});

describe('Auto-recalculate hourly', () => {
  it('installs one time-driven trigger, and removes it the second time', () => {
    const a = addon();
    a.call('toggleHourlyRecalculation');
    expect(a.google.triggers).toEqual([
      expect.objectContaining({ handler: 'onHourlyTrigger', everyHours: 1 }),
    ]);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/ON/);
    a.call('toggleHourlyRecalculation');
    expect(a.google.triggers).toEqual([]);
    expect(a.google.ui.alerts.at(-1)!.message).toMatch(/OFF/);
  });

  it('each triggered run recalculates and publishes, without any UI', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.uiAvailable = false;
    a.call('onHourlyTrigger');
    expect(a.google.spreadsheet.sheet('Scorecard')).toBeDefined();
    expect(JSON.parse((a.call('doGet') as Output).getContent())).toHaveProperty('version');
  });

  it('a triggered run without a web app (an add-on install) recalculates but stores nothing', () => {
    const a = addon({ serviceUrl: null });
    fill(a.google.spreadsheet, demoGrids());
    a.google.uiAvailable = false;
    a.call('onHourlyTrigger');
    expect(a.google.spreadsheet.sheet('Scorecard')).toBeDefined();
    expect([...a.google.properties.keys()]).toEqual([]);
  });

  it("a bound script's triggered run takes the document lock, never the script lock", () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.runAs('timeTrigger');
    a.call('onHourlyTrigger');
    expect(a.google.spreadsheet.sheet('Scorecard')).toBeDefined();
    expect(JSON.parse((a.call('doGet') as Output).getContent())).toHaveProperty('version');
    const lockCalls = a.google.recorder.calls
      .filter((c) => c.service === 'LockService')
      .map((c) => c.method);
    expect(lockCalls).toEqual(['getDocumentLock', 'tryLock', 'releaseLock']);
    expect(a.google.lock.document.held).toBe(false);
  });

  it('a triggered run with no document (a standalone project) writes nothing and says why', () => {
    const a = addon({ scriptKind: 'standalone' });
    fill(a.google.spreadsheet, demoGrids());
    a.google.runAs('timeTrigger');
    expect(() => a.call('onHourlyTrigger')).toThrow(/could not open the spreadsheet/);
    expect(a.google.recorder.writes()).toEqual([]);
    expect(a.google.recorder.calls.some((c) => c.method === 'getScriptLock')).toBe(false);
  });

  it('a triggered run that finds the lock taken skips quietly', () => {
    const a = addon();
    fill(a.google.spreadsheet, demoGrids());
    a.google.runAs('timeTrigger');
    a.google.lock.document.heldElsewhere = true;
    expect(() => a.call('onHourlyTrigger')).not.toThrow();
    expect(a.google.recorder.writes()).toEqual([]);
  });
});

describe('Publishing when nothing usable was read', () => {
  /** The published demo's Reps tab emptied to its header: no rep can be read. */
  function withoutReps(a: ReturnType<typeof addon>) {
    const reps = a.google.spreadsheet.sheet('Reps')!;
    reps.deleteRows(2, reps.grid().length - 1);
  }

  it('publishes nothing, says why, and keeps the last good snapshot served', () => {
    const a = published();
    const before = (a.call('doGet') as Output).getContent();
    withoutReps(a);
    a.call('publishLeaderboard');
    const alert = a.google.ui.alerts.at(-1)!;
    expect(alert.message).toMatch(/Nothing usable was read/);
    expect(alert.message).toMatch(/Issues tab/);
    expect((a.call('doGet') as Output).getContent()).toBe(before);
  });

  it('the hourly run recalculates, skips the publish and logs why', () => {
    const a = published();
    const before = (a.call('doGet') as Output).getContent();
    withoutReps(a);
    a.google.uiAvailable = false;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      a.call('onHourlyTrigger');
      expect(log.mock.calls.flat().join('\n')).toMatch(/scheduled publish skipped: Nothing usable/);
    } finally {
      log.mockRestore();
    }
    expect((a.call('doGet') as Output).getContent()).toBe(before);
  });
});

describe('Publish leaderboard with only the /dev URL (web app not deployed)', () => {
  const DEV_URL = 'https://script.google.com/macros/s/ABC/dev';

  it('never hands out the owner-only /dev URL, and says how to deploy, step by step', () => {
    const a = published(DEV_URL);
    const { output, title } = a.google.ui.dialogs.at(-1)!;
    expect(title).toMatch(/deploy the web app/i);
    const html = output.getContent();
    expect(html).not.toContain(DEV_URL);
    expect(html).not.toContain('?data=');
    expect(html).toMatch(/only for people who can edit the script/);
    expect(html).toMatch(/Deploy → New deployment/);
    expect(html).toMatch(/Who has access: Anyone/);
    expect(html).toMatch(/Publish leaderboard<\/strong> again/);
    expect(html).toContain("a.download = 'snapshot.json'");
  });

  it('stores the snapshot, so the deployment made next serves it at once', () => {
    const a = published(DEV_URL);
    expect(JSON.parse((a.call('doGet') as Output).getContent())).toHaveProperty('version');
  });

  it('control: a deployed /exec URL is shown', () => {
    const a = published(WEB_APP_URL);
    expect(a.google.ui.dialogs.at(-1)!.output.getContent()).toContain(WEB_APP_URL);
  });
});
