// One rep's personal link for the sidebar's rep panel, from the keys in document properties (nothing is made or changed).
import type { EngineResult } from '../../../shared/engine';
import { privateLink, privateRepIds } from '../../../shared/private';
import { webApp } from '../publish/web-app-url';
import { tryLoadKeys } from './key-store';

/**
 * The link the Private Links tab lists for `repId`, or null when the rep has no page or no key
 * yet (a publish makes it). Read-only: opening the panel never creates or rotates a key.
 */
export function repPrivateLink(result: EngineResult, repId: string): string | null {
  if (!privateRepIds(result).includes(repId)) return null;
  const key = new Map(Object.entries(tryLoadKeys()?.reps ?? {})).get(repId);
  if (!key) return null;
  const app = webApp();
  return privateLink(
    result.settings.siteUrl,
    key.id,
    key.key,
    app.kind === 'deployed' ? app.url : null,
  );
}
