// Rotation: new keys (and file ids) for one rep or all, saved now; the old links stop working at the next publish.
import type { EngineResult } from '../../../shared/engine';
import {
  EMPTY_KEY_STORE,
  type KeyUpdate,
  privateInputOf,
  privateLinks,
  privateRepIds,
  updateKeys,
} from '../../../shared/private';
import { UserError } from '../errors';
import { activeSpreadsheet } from '../host';
import { webApp } from '../publish/web-app-url';
import { uuidRandom } from './crypto';
import { loadKeys, saveKeys, tryLoadKeys } from './key-store';
import { linksTable, writeLinksTab } from './links-tab';
import { tableStyle } from './publish-private';

/**
 * `'all'` gives every rep with a page a new key (an unreadable key store is started again from
 * none); a list rotates those reps, each of whom must already have a link. The published files
 * are untouched, so the old links keep working until the next publish replaces them, and the
 * new ones work from then on: the Private Links tab says so beside each new link.
 */
export function rotateKeys(result: EngineResult, which: 'all' | readonly string[]): KeyUpdate {
  const now = result.snapshot.generatedAt;
  let update: KeyUpdate;
  if (which === 'all') {
    const previous = tryLoadKeys() ?? EMPTY_KEY_STORE;
    update = updateKeys(previous, privateRepIds(result), 'all', uuidRandom, now);
  } else {
    const previous = loadKeys();
    const known = new Set(Object.keys(previous.reps));
    const unknown = which.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new UserError(
        `No private link was made for rep_id "${unknown.join('", "')}", so there is nothing to rotate.`,
        'Check the rep_id in the Private Links tab (private pages need private_pages in Settings and one publish).',
      );
    update = updateKeys(previous, Object.keys(previous.reps), which, uuidRandom, now);
  }
  saveKeys(update.store);
  const app = webApp();
  const links = privateLinks(privateInputOf(result), update.store, {
    siteUrl: result.settings.siteUrl,
    dataUrl: app.kind === 'deployed' ? app.url : null,
  });
  const pending = new Set([...update.rotated, ...update.created]);
  writeLinksTab(activeSpreadsheet(), linksTable(links, pending), tableStyle(result));
  return update;
}
