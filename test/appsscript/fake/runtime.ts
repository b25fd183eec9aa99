// Builds the fake Google runtime: services as globals for a vm context, plus handles tests inspect.
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import { Recorder } from './recorder';
import { createCacheService, FakeCacheState } from './cache';
import { createLockService, type FakeContext, FakeLockState, type FakeScriptKind } from './locks';
import { createPropertiesService, FakeQuota } from './properties';
import {
  createContentService,
  createScriptApp,
  createSession,
  createUtilities,
  type FakeScriptContext,
  type FakeTrigger,
  type FakeUser,
} from './services';
import { type FakeEnv, FakeSpreadsheet } from './spreadsheet';
import type { FakeLocale } from './typed-input';
import { createHtmlService, FakeUi } from './ui';

export interface FakeGoogleOptions {
  readonly timeZone?: string;
  /** HTML files of the project by name (without .html), for HtmlService.createHtmlOutputFromFile. */
  readonly htmlFiles?: Record<string, string>;
  /** What ScriptApp.getService().getUrl() answers: the deployed web app, or null. */
  readonly serviceUrl?: string | null;
  /** The spreadsheet's locale (File → Settings): how written text is parsed. */
  readonly locale?: FakeLocale;
  /** A script bound to the spreadsheet (default) or a standalone project such as an add-on. */
  readonly scriptKind?: FakeScriptKind;
  /** The signed-in user's address (default manager@example.com). */
  readonly user?: string;
  /** The clock the caches expire by (ms since the epoch). */
  readonly nowMs?: number;
}

export interface FakeGoogle {
  readonly recorder: Recorder;
  readonly env: FakeEnv;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLockState;
  /** Script properties (PropertiesService.getScriptProperties). */
  readonly properties: Map<string, string>;
  /** Document properties: a separate store. */
  readonly documentProperties: Map<string, string>;
  readonly quota: FakeQuota;
  /** The script cache (CacheService), with its own clock. */
  readonly cache: FakeCacheState;
  /** The document cache: a separate cache. */
  readonly documentCache: FakeCacheState;
  /** Bound script (default) or add-on: an add-on's triggers run at most hourly. */
  readonly scriptContext: FakeScriptContext;
  readonly triggers: FakeTrigger[];
  readonly serviceUrl: { url: string | null };
  readonly user: FakeUser;
  /** Bound or standalone (an add-on is standalone): with `context`, whether there is a document. */
  readonly scriptKind: FakeScriptKind;
  /** Where the current call runs; `runAs` sets it together with `uiAvailable`. */
  context: FakeContext;
  /** When false, SpreadsheetApp.getUi() throws as it does in a time-driven trigger. */
  uiAvailable: boolean;
  /** Runs the next calls as a menu click, a time-driven trigger or a web-app request. */
  runAs(context: FakeContext): void;
  /** The globals to put in the add-on's context. */
  readonly globals: Record<string, unknown>;
}

export function createFakeGoogle(options: FakeGoogleOptions = {}): FakeGoogle {
  const recorder = new Recorder();
  const env: FakeEnv = { recorder, dateCtor: Date };
  const spreadsheet = new FakeSpreadsheet(
    env,
    options.timeZone ?? 'America/New_York',
    options.locale ?? 'en_US',
  );
  const ui = new FakeUi(recorder);
  const lock = new FakeLockState();
  const triggers: FakeTrigger[] = [];
  const serviceUrl = { url: options.serviceUrl === undefined ? null : options.serviceUrl };
  const cacheStart = options.nowMs ?? Date.parse('2026-11-26T15:00:00Z');
  const scriptContext: FakeScriptContext = { addon: options.scriptKind === 'standalone' };
  const google: FakeGoogle = {
    recorder,
    env,
    spreadsheet,
    ui,
    lock,
    properties: new Map(),
    documentProperties: new Map(),
    quota: new FakeQuota(),
    cache: new FakeCacheState(cacheStart),
    documentCache: new FakeCacheState(cacheStart),
    triggers,
    serviceUrl,
    user: { email: options.user ?? 'manager@example.com' },
    scriptContext,
    get scriptKind(): FakeScriptKind {
      return scriptContext.addon ? 'standalone' : 'bound';
    },
    context: 'menu',
    uiAvailable: true,
    runAs(context) {
      google.context = context;
      // getUi() works only where a person is looking at the spreadsheet: "Cannot call
      // SpreadsheetApp.getUi() from this context" in triggers and the web app.
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()
      google.uiAvailable = context === 'menu';
    },
    globals: {},
  };
  // A containing document exists for menu runs, and for a bound script's triggers; not for the
  // web app, nor for a standalone project's time-driven trigger.
  lock.hasDocument = () =>
    google.context === 'menu' ||
    (google.context === 'timeTrigger' && google.scriptKind === 'bound');
  const SpreadsheetApp = {
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    InterpolationType: {
      NUMBER: 'NUMBER',
      PERCENT: 'PERCENT',
      PERCENTILE: 'PERCENTILE',
      MIN: 'MIN',
      MAX: 'MAX',
    },
    getActive: () => {
      recorder.record({ service: 'SpreadsheetApp', method: 'getActive' });
      return spreadsheet;
    },
    // A bound script always has its container; a standalone project has an active spreadsheet
    // only when a person opened it from that spreadsheet (a menu), else null.
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
    getActiveSpreadsheet: () => {
      recorder.record({ service: 'SpreadsheetApp', method: 'getActiveSpreadsheet' });
      return google.scriptKind === 'bound' || google.context === 'menu' ? spreadsheet : null;
    },
    getUi: () => {
      recorder.record({ service: 'SpreadsheetApp', method: 'getUi' });
      if (!google.uiAvailable)
        throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(),
    flush: () => recorder.record({ service: 'SpreadsheetApp', method: 'flush' }),
  };
  Object.assign(google.globals, {
    SpreadsheetApp,
    HtmlService: createHtmlService(recorder, options.htmlFiles ?? {}),
    LockService: createLockService(recorder, lock),
    PropertiesService: createPropertiesService(
      recorder,
      google.properties,
      google.documentProperties,
      google.quota,
    ),
    CacheService: createCacheService(
      recorder,
      google.cache,
      google.documentCache,
      lock.hasDocument,
    ),
    ScriptApp: createScriptApp(recorder, triggers, serviceUrl, google.user, scriptContext),
    ContentService: createContentService(recorder),
    Session: createSession(recorder, 'Etc/UTC', google.user),
    Utilities: createUtilities(recorder),
    Logger: { log: () => undefined },
  });
  return google;
}
