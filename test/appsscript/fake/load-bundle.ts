// Runs the built dist/appsscript/Code.js in a node:vm context whose globals are the fake services.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeGoogle, type FakeGoogle, type FakeGoogleOptions } from './runtime';

export const DIST = join(import.meta.dirname, '../../../dist/appsscript');

export interface LoadedAddon {
  readonly google: FakeGoogle;
  readonly context: vm.Context;
  /** Calls a top-level function of the bundle, the way Apps Script calls it by name. */
  call(name: string, ...args: unknown[]): unknown;
  /** Whether the bundle declares `name` as a top-level function. */
  hasTopLevelFunction(name: string): boolean;
  /** The add-on's clock: move `now` (ms) to let time pass. */
  readonly clock: { now: number };
}

export function readHtmlFiles(dir = DIST): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.html')) files[f.slice(0, -5)] = readFileSync(join(dir, f), 'utf8');
  }
  return files;
}

export interface LoadOptions extends FakeGoogleOptions {
  /** The folder holding Code.js and the HTML files (default dist/appsscript). */
  readonly dir?: string;
  /** The script file in `dir` (default Code.js; the paste install's is Code.gs). */
  readonly file?: string;
  /** The clock the add-on sees: `new Date()` and `Date.now()` answer this instant. */
  readonly now?: Date;
  /**
   * How long each call to a Google service takes, in ms of the add-on's clock (default 0: time
   * stands still). Lets a test see run times the add-on measures, deterministically.
   */
  readonly msPerCall?: number;
}

export function loadAddon(options: LoadOptions = {}): LoadedAddon {
  const dir = options.dir ?? DIST;
  const file = options.file ?? 'Code.js';
  const code = readFileSync(join(dir, file), 'utf8');
  const clock = { now: (options.now ?? new Date('2026-11-26T15:00:00Z')).getTime() };
  const google = createFakeGoogle({ htmlFiles: readHtmlFiles(dir), nowMs: clock.now, ...options });
  const msPerCall = options.msPerCall ?? 0;
  if (msPerCall > 0) {
    const record = google.recorder.record.bind(google.recorder);
    google.recorder.record = (call) => {
      clock.now += msPerCall;
      record(call);
    };
  }
  const context = vm.createContext({ console, ...google.globals, __fakeClock: clock });
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      const clock = __fakeClock;
      class ClockDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(clock.now); else super(...args); }
        static now() { return clock.now; }
      }
      globalThis.Date = ClockDate;
    })();`,
    context,
  );
  google.env.dateCtor = vm.runInContext('Date', context) as DateConstructor;
  vm.runInContext(code, context, { filename: file });
  return {
    google,
    context,
    clock,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function')
        throw new Error(`${name} is not a top-level function of ${file}`);
      return fn(...args);
    },
    hasTopLevelFunction(name) {
      return (
        vm.runInContext(`typeof ${name} === 'function'`, context) === true &&
        /^[A-Za-z_$][\w$]*$/.test(name) &&
        new RegExp(`^function ${name}\\(`, 'm').test(code)
      );
    },
  };
}
