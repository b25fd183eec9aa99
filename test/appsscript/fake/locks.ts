// Fakes of LockService: separate document and script locks, and no document lock without a document.
import type { Recorder } from './recorder';

/** Where the script runs: a menu click (with a document and UI), a time-driven trigger, or the web app. */
export type FakeContext = 'menu' | 'timeTrigger' | 'webApp';
/** A script bound to the spreadsheet, or a standalone project (an add-on, or a script opened by id). */
export type FakeScriptKind = 'bound' | 'standalone';

/** One lock: whether this run holds it, and whether another execution does (a concurrent run). */
export class FakeLockSlot {
  heldElsewhere = false;
  held = false;
}

/**
 * The document lock and the script lock are different locks: holding one never excludes a run
 * holding the other. getDocumentLock answers null outside a containing document ("for example,
 * from a standalone script or web app"); a bound script's time-driven trigger runs in its
 * document's context, so it gets the document lock.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()
 */
export class FakeLockState {
  readonly document = new FakeLockSlot();
  readonly script = new FakeLockSlot();
  /** Set by the runtime from the context and script kind. */
  hasDocument: () => boolean = () => true;
}

function lockOn(recorder: Recorder, slot: FakeLockSlot) {
  return {
    tryLock(_ms: number): boolean {
      recorder.record({ service: 'LockService', method: 'tryLock' });
      if (slot.heldElsewhere) return false;
      slot.held = true;
      return true;
    },
    waitLock(_ms: number): void {
      recorder.record({ service: 'LockService', method: 'waitLock' });
      // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
      if (slot.heldElsewhere)
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      slot.held = true;
    },
    hasLock(): boolean {
      return slot.held;
    },
    releaseLock(): void {
      recorder.record({ service: 'LockService', method: 'releaseLock' });
      slot.held = false;
    },
  };
}

export function createLockService(recorder: Recorder, state: FakeLockState) {
  return {
    getDocumentLock: () => {
      recorder.record({ service: 'LockService', method: 'getDocumentLock' });
      return state.hasDocument() ? lockOn(recorder, state.document) : null;
    },
    getScriptLock: () => {
      recorder.record({ service: 'LockService', method: 'getScriptLock' });
      return lockOn(recorder, state.script);
    },
  };
}
