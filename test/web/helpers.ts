// Test helpers for the site: the hand-made sample snapshot, validated, and its index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Snapshot, validateSnapshot } from '../../shared/snapshot';
import { makeFormatter } from '../../web/src/format';
import { indexSnapshot } from '../../web/src/model';

export function sampleSnapshot(): Snapshot {
  const raw = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures/sample-snapshot.json'), 'utf8'),
  );
  const check = validateSnapshot(raw);
  if (!check.ok) throw new Error(check.reason);
  return check.snapshot;
}

export function sampleModel() {
  const snapshot = sampleSnapshot();
  return { snapshot, index: indexSnapshot(snapshot), fmt: makeFormatter(snapshot.team, 'en-US') };
}
