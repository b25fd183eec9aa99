// Fakes of ScriptApp, ContentService, Session and Utilities (locks and properties have their own files).
import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readCsv } from '../../../cli/io/csv';
import type { Recorder } from './recorder';

/** 20 triggers per user per script: https://developers.google.com/apps-script/guides/services/quotas */
export const TRIGGERS_PER_USER = 20;

export interface FakeTrigger {
  readonly id: string;
  readonly handler: string;
  /** Hours between runs (everyHours), or 0 for a trigger that runs every few minutes. */
  readonly everyHours: number;
  /** Minutes between runs (everyMinutes), or 0 for an hourly one. */
  readonly everyMinutes: number;
  /** Who installed it: a trigger belongs to the user who created it. */
  readonly owner: string;
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

/** The signed-in user, who may change (a co-manager opening the same workbook). */
export interface FakeUser {
  email: string;
}

export function createScriptApp(
  recorder: Recorder,
  triggers: FakeTrigger[],
  serviceUrl: { url: string | null },
  user: FakeUser,
  context: FakeScriptContext = { addon: false },
) {
  const rec = (method: string) => recorder.record({ service: 'ScriptApp', method });
  let next = 1;
  const wrap = (t: FakeTrigger) => ({
    getUniqueId: () => t.id,
    getHandlerFunction: () => t.handler,
    getEventType: () => 'CLOCK',
  });
  const mine = () => triggers.filter((t) => t.owner === user.email);
  return {
    AuthMode,
    EventType: { CLOCK: 'CLOCK' },
    // "Gets all installable triggers associated with the current project and current user."
    // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
    getProjectTriggers() {
      rec('getProjectTriggers');
      return mine().map(wrap);
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      rec('deleteTrigger');
      const i = triggers.findIndex((t) => t.id === trigger.getUniqueId() && t.owner === user.email);
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
          if (mine().length >= TRIGGERS_PER_USER)
            throw new Error(
              'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
            );
          const t: FakeTrigger = {
            id: `trigger-${next++}`,
            handler,
            owner: user.email,
            everyHours: hours,
            everyMinutes: minutes,
          };
          triggers.push(t);
          return wrap(t);
        },
      };
      return { timeBased: () => clock };
    },
    // "Returns the URL of the web app, if it has been deployed; otherwise returns null. If you are
    // running the development mode web app, this returns the development mode url" (…/dev).
    // https://developers.google.com/apps-script/reference/script/service#getUrl()
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
    /**
     * https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char):
     * a 2D array of strings; quoted fields may hold the delimiter, quotes and line breaks. Every
     * cell is a string (nothing is parsed as a number or date).
     */
    parseCsv(csv: string, delimiter = ',') {
      rec('parseCsv');
      if (delimiter.length !== 1) throw new Error('Exception: Invalid argument: delimiter');
      return readCsv(csv, delimiter as ',' | ';' | '\t').rows;
    },
    sleep(_ms: number) {
      rec('sleep');
    },
    // https://developers.google.com/apps-script/reference/utilities/digest-algorithm
    DigestAlgorithm: DIGEST_ALGORITHMS,
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,Byte)
    // The Byte[] form: signed bytes in, signed bytes out. Only the algorithms Google lists exist.
    computeDigest(algorithm: string, value: string | number[]) {
      rec('computeDigest');
      const name = DIGEST_NODE[algorithm];
      if (name === undefined)
        throw new Error('Exception: Invalid argument: algorithm (fake: not a DigestAlgorithm)');
      if (typeof value === 'string')
        // The String form's default charset is not documented; Bellringer passes bytes only.
        throw new Error('fake: computeDigest(algorithm, String) is not modelled; pass bytes');
      return toSigned(createHash(name).update(toBuffer(value)).digest());
    },
    // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
    // "equivalent to using the java.util.UUID.randomUUID() method": a random version-4 UUID.
    getUuid() {
      rec('getUuid');
      return randomUUID();
    },
  };
}

const DIGEST_ALGORITHMS = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;
/** Node has no MD2, so the fake does not model it (it throws rather than answer something else). */
const DIGEST_NODE: Record<string, string | undefined> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export function createSession(recorder: Recorder, timeZone: string, user: FakeUser) {
  const userObject = () => ({ getEmail: () => user.email });
  return {
    getScriptTimeZone() {
      recorder.record({ service: 'Session', method: 'getScriptTimeZone' });
      return timeZone;
    },
    getEffectiveUser() {
      recorder.record({ service: 'Session', method: 'getEffectiveUser' });
      return userObject();
    },
    getActiveUser() {
      recorder.record({ service: 'Session', method: 'getActiveUser' });
      return userObject();
    },
    // A key unique to the person, needing no permission (unlike getEmail).
    // https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
    getTemporaryActiveUserKey() {
      recorder.record({ service: 'Session', method: 'getTemporaryActiveUserKey' });
      return `key-${user.email}`;
    },
  };
}
