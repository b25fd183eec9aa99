// Builds the fake Google runtime: services as globals for a vm context, plus handles tests inspect.
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import { createCacheService, FakeCacheState } from './cache';
import { Recorder } from './recorder';
import {
  createContentService,
  createLockService,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
  FakeLockState,
  type FakeScriptContext,
  type FakeTrigger,
} from './services';
import { type FakeEnv, FakeSpreadsheet } from './spreadsheet';
import { createHtmlService, FakeUi } from './ui';

export interface FakeGoogleOptions {
  readonly timeZone?: string;
  /** HTML files of the project by name (without .html), for HtmlService.createHtmlOutputFromFile. */
  readonly htmlFiles?: Record<string, string>;
  /** What ScriptApp.getService().getUrl() answers: the deployed web app, or null. */
  readonly serviceUrl?: string | null;
}

export interface FakeGoogle {
  readonly recorder: Recorder;
  readonly env: FakeEnv;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLockState;
  /** Script properties (the published snapshot lives here). */
  readonly properties: Map<string, string>;
  /** Document properties (auto-recalculation's state), a separate store. */
  readonly documentProperties: Map<string, string>;
  readonly triggers: FakeTrigger[];
  readonly serviceUrl: { url: string | null };
  /** The script cache (CacheService), with its own clock. */
  readonly cache: FakeCacheState;
  /** Bound script (default) or add-on: an add-on's triggers run at most hourly. */
  readonly scriptContext: FakeScriptContext;
  /** When false, SpreadsheetApp.getUi() throws as it does in a time-driven trigger. */
  uiAvailable: boolean;
  /** The globals to put in the add-on's context. */
  readonly globals: Record<string, unknown>;
}

export function createFakeGoogle(options: FakeGoogleOptions = {}): FakeGoogle {
  const recorder = new Recorder();
  const env: FakeEnv = { recorder, dateCtor: Date };
  const spreadsheet = new FakeSpreadsheet(env, options.timeZone ?? 'America/New_York');
  const ui = new FakeUi(recorder);
  const lock = new FakeLockState();
  const properties = new Map<string, string>();
  const documentProperties = new Map<string, string>();
  const triggers: FakeTrigger[] = [];
  const serviceUrl = { url: options.serviceUrl === undefined ? null : options.serviceUrl };
  const cache = new FakeCacheState(Date.parse('2026-11-26T15:00:00Z'));
  const scriptContext: FakeScriptContext = { addon: false };
  const google: FakeGoogle = {
    recorder,
    env,
    spreadsheet,
    ui,
    lock,
    properties,
    documentProperties,
    triggers,
    serviceUrl,
    cache,
    scriptContext,
    uiAvailable: true,
    globals: {},
  };
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
    getActiveSpreadsheet: () => {
      recorder.record({ service: 'SpreadsheetApp', method: 'getActiveSpreadsheet' });
      return spreadsheet;
    },
    getUi: () => {
      recorder.record({ service: 'SpreadsheetApp', method: 'getUi' });
      if (!google.uiAvailable)
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
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
    PropertiesService: createPropertiesService(recorder, properties, documentProperties),
    ScriptApp: createScriptApp(recorder, triggers, serviceUrl, scriptContext),
    ContentService: createContentService(recorder),
    CacheService: createCacheService(recorder, cache),
    Session: createSession(recorder, 'Etc/UTC'),
    Utilities: createUtilities(recorder),
    Logger: { log: () => undefined },
  });
  return google;
}
