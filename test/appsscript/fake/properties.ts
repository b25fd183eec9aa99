// Fake of PropertiesService: separate script and document stores, Apps Script's size limits and daily quota.
import type { Recorder } from './recorder';

/**
 * Apps Script's limits and quotas (https://developers.google.com/apps-script/guides/services/quotas):
 * 9 kB per property value, 500 kB per property store, 50,000 property reads/writes a day on a
 * consumer account (500,000 on Google Workspace), 20 triggers per user per script.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_CALLS_PER_DAY = 50_000;

/** Property calls made today, shared by every store: the quota is per user, not per store. */
export class FakeQuota {
  propertyCalls = 0;
  propertyCallsPerDay = PROPERTY_CALLS_PER_DAY;
}

function propertyStore(
  rec: (method: string) => void,
  quota: FakeQuota,
  store: Map<string, string>,
) {
  const use = (method: string) => {
    rec(method);
    quota.propertyCalls++;
    if (quota.propertyCalls > quota.propertyCallsPerDay)
      throw new Error('Exception: Service invoked too many times for one day: properties.');
  };
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
  const guarded = (change: () => void) => {
    const before = new Map(store);
    change();
    try {
      check();
    } catch (e) {
      store.clear();
      for (const [k, v] of before) store.set(k, v);
      throw e;
    }
  };
  const properties = {
    getProperty(key: string): string | null {
      use('getProperty');
      return store.get(key) ?? null;
    },
    getProperties(): Record<string, string> {
      use('getProperties');
      return Object.fromEntries(store);
    },
    getKeys(): string[] {
      use('getKeys');
      return [...store.keys()];
    },
    setProperty(key: string, value: string) {
      use('setProperty');
      guarded(() => store.set(key, String(value)));
      return properties;
    },
    setProperties(values: Record<string, string>, deleteAllOthers = false) {
      use('setProperties');
      guarded(() => {
        if (deleteAllOthers) store.clear();
        for (const [k, v] of Object.entries(values)) store.set(k, String(v));
      });
      return properties;
    },
    deleteProperty(key: string) {
      use('deleteProperty');
      store.delete(key);
      return properties;
    },
  };
  return properties;
}

/** Script properties and document properties are separate stores (each with the limits above). */
export function createPropertiesService(
  recorder: Recorder,
  script: Map<string, string>,
  document: Map<string, string>,
  quota: FakeQuota,
) {
  const rec = (method: string) => recorder.record({ service: 'PropertiesService', method });
  const scriptStore = propertyStore(rec, quota, script);
  const documentStore = propertyStore(rec, quota, document);
  return {
    getScriptProperties: () => {
      rec('getScriptProperties');
      return scriptStore;
    },
    // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
    // null "if the script is not an add-on or bound to a Google Workspace file".
    getDocumentProperties: () => {
      rec('getDocumentProperties');
      return documentStore;
    },
  };
}
