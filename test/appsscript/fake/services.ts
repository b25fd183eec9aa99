// Fakes of LockService, PropertiesService, ScriptApp, ContentService, Session and Utilities.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Recorder } from './recorder';

/**
 * One lock shared by getDocumentLock and getScriptLock; `heldElsewhere` simulates another run.
 * `noDocumentLock` makes getDocumentLock answer null, as it does in some trigger and add-on contexts.
 */
export class FakeLockState {
  heldElsewhere = false;
  held = false;
  noDocumentLock = false;
}

export function createLockService(recorder: Recorder, state: FakeLockState) {
  const lock = {
    tryLock(_ms: number): boolean {
      recorder.record({ service: 'LockService', method: 'tryLock' });
      if (state.heldElsewhere) return false;
      state.held = true;
      return true;
    },
    waitLock(_ms: number): void {
      recorder.record({ service: 'LockService', method: 'waitLock' });
      if (state.heldElsewhere)
        throw new Error('Lock timeout: another process was holding the lock.');
      state.held = true;
    },
    hasLock(): boolean {
      return state.held;
    },
    releaseLock(): void {
      recorder.record({ service: 'LockService', method: 'releaseLock' });
      state.held = false;
    },
  };
  return {
    getDocumentLock: () => {
      recorder.record({ service: 'LockService', method: 'getDocumentLock' });
      return state.noDocumentLock ? null : lock;
    },
    getScriptLock: () => {
      recorder.record({ service: 'LockService', method: 'getScriptLock' });
      return lock;
    },
  };
}

/** Apps Script's quotas: 9 kB per value, 500 kB per store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/**
 * Script and document properties are separate stores, each with its own quota
 * (https://developers.google.com/apps-script/guides/properties).
 */
export function createPropertiesService(
  recorder: Recorder,
  scriptStore: Map<string, string>,
  documentStore: Map<string, string> = new Map(),
) {
  const rec = (method: string) => recorder.record({ service: 'PropertiesService', method });
  const script = propertiesOf(rec, scriptStore);
  const document = propertiesOf(rec, documentStore);
  return {
    getScriptProperties: () => {
      rec('getScriptProperties');
      return script;
    },
    getDocumentProperties: () => {
      rec('getDocumentProperties');
      return document;
    },
  };
}

function propertiesOf(rec: (method: string) => void, store: Map<string, string>) {
  const check = () => {
    let total = 0;
    for (const [k, v] of store) {
      if (v.length + k.length > PROPERTY_VALUE_LIMIT) {
        throw new Error(`Exception: Argument too large: value (property ${k})`);
      }
      total += k.length + v.length;
    }
    if (total > PROPERTY_STORE_LIMIT)
      throw new Error('Exception: You have exceeded the property storage quota.');
  };
  const properties = {
    getProperty(key: string): string | null {
      rec('getProperty');
      return store.get(key) ?? null;
    },
    getProperties(): Record<string, string> {
      rec('getProperties');
      return Object.fromEntries(store);
    },
    getKeys(): string[] {
      rec('getKeys');
      return [...store.keys()];
    },
    setProperty(key: string, value: string) {
      rec('setProperty');
      const before = new Map(store);
      store.set(key, String(value));
      try {
        check();
      } catch (e) {
        store.clear();
        for (const [k, v] of before) store.set(k, v);
        throw e;
      }
      return properties;
    },
    setProperties(values: Record<string, string>, deleteAllOthers = false) {
      rec('setProperties');
      const before = new Map(store);
      if (deleteAllOthers) store.clear();
      for (const [k, v] of Object.entries(values)) store.set(k, String(v));
      try {
        check();
      } catch (e) {
        store.clear();
        for (const [k, v] of before) store.set(k, v);
        throw e;
      }
      return properties;
    },
    deleteProperty(key: string) {
      rec('deleteProperty');
      store.delete(key);
      return properties;
    },
  };
  return properties;
}

export interface FakeTrigger {
  readonly id: string;
  readonly handler: string;
  /** Hours between runs (everyHours), or 0 for a trigger that runs every few minutes. */
  readonly everyHours: number;
  /** Minutes between runs (everyMinutes), or 0 for an hourly one. */
  readonly everyMinutes: number;
}

/**
 * everyMinutes(n) takes 1, 5, 10, 15 or 30 only
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)),
 * and an add-on's time-driven trigger may run at most once an hour
 * (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 */
export const EVERY_MINUTES_ALLOWED: readonly number[] = [1, 5, 10, 15, 30];

/** Where the script runs: bound to the sheet (the paste or clasp install) or as an add-on. */
export interface FakeScriptContext {
  addon: boolean;
}

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  FULL: 'FULL',
} as const;

export function createScriptApp(
  recorder: Recorder,
  triggers: FakeTrigger[],
  serviceUrl: { url: string | null },
  context: FakeScriptContext = { addon: false },
) {
  const rec = (method: string) => recorder.record({ service: 'ScriptApp', method });
  let next = 1;
  const wrap = (t: FakeTrigger) => ({
    getUniqueId: () => t.id,
    getHandlerFunction: () => t.handler,
    getEventType: () => 'CLOCK',
  });
  return {
    AuthMode,
    EventType: { CLOCK: 'CLOCK' },
    getProjectTriggers() {
      rec('getProjectTriggers');
      return triggers.map(wrap);
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      rec('deleteTrigger');
      const i = triggers.findIndex((t) => t.id === trigger.getUniqueId());
      if (i >= 0) triggers.splice(i, 1);
    },
    newTrigger(handler: string) {
      rec('newTrigger');
      let hours = 0;
      let minutes = 0;
      const clock = {
        everyHours(n: number) {
          hours = n;
          return clock;
        },
        everyMinutes(n: number) {
          if (!EVERY_MINUTES_ALLOWED.includes(n))
            throw new Error(
              'Exception: The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.',
            );
          minutes = n;
          return clock;
        },
        create() {
          rec('create');
          if (!hours && !minutes) throw new Error('A time-based trigger needs a frequency.');
          if (context.addon && minutes > 0)
            throw new Error(
              'Exception: Add-ons may not create time-based triggers that run more often than once an hour.',
            );
          const t = { id: `trigger-${next++}`, handler, everyHours: hours, everyMinutes: minutes };
          triggers.push(t);
          return wrap(t);
        },
      };
      return { timeBased: () => clock };
    },
    getService() {
      rec('getService');
      return { getUrl: () => serviceUrl.url };
    },
  };
}

export const MimeType = {
  JSON: 'JSON',
  TEXT: 'TEXT',
  JAVASCRIPT: 'JAVASCRIPT',
  CSV: 'CSV',
} as const;

export class FakeTextOutput {
  mimeType: string = MimeType.TEXT;
  constructor(readonly content: string) {}
  setMimeType(m: string): this {
    this.mimeType = m;
    return this;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  getContent(): string {
    return this.content;
  }
}

export function createContentService(recorder: Recorder) {
  return {
    MimeType,
    createTextOutput(content = '') {
      recorder.record({ service: 'ContentService', method: 'createTextOutput' });
      return new FakeTextOutput(content);
    },
  };
}

/** Apps Script bytes are signed (-128..127). */
const toSigned = (buf: Uint8Array): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const toBuffer = (bytes: readonly number[]): Buffer => Buffer.from(bytes.map((b) => b & 255));

export class FakeBlob {
  constructor(
    private readonly data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}
  getBytes(): number[] {
    return toSigned(this.data);
  }
  getDataAsString(): string {
    return this.data.toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(t: string): this {
    this.contentType = t;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(n: string): this {
    this.name = n;
    return this;
  }
}

export function createUtilities(recorder: Recorder) {
  const rec = (method: string) => recorder.record({ service: 'Utilities', method });
  const buf = (data: string | readonly number[]) =>
    typeof data === 'string' ? Buffer.from(data, 'utf8') : toBuffer(data);
  return {
    newBlob(data: string | number[], contentType?: string, name?: string) {
      rec('newBlob');
      return new FakeBlob(buf(data), contentType ?? null, name ?? null);
    },
    gzip(blob: FakeBlob) {
      rec('gzip');
      return new FakeBlob(gzipSync(toBuffer(blob.getBytes())), 'application/x-gzip');
    },
    ungzip(blob: FakeBlob) {
      rec('ungzip');
      return new FakeBlob(gunzipSync(toBuffer(blob.getBytes())));
    },
    base64Encode(data: string | number[]) {
      rec('base64Encode');
      return buf(data).toString('base64');
    },
    base64Decode(text: string) {
      rec('base64Decode');
      return toSigned(Buffer.from(text, 'base64'));
    },
    sleep(_ms: number) {
      rec('sleep');
    },
  };
}

export function createSession(recorder: Recorder, timeZone: string) {
  return {
    getScriptTimeZone() {
      recorder.record({ service: 'Session', method: 'getScriptTimeZone' });
      return timeZone;
    },
  };
}
