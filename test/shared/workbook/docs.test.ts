// docs/workbook.md documents every tab and column of the spec.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_SPECS, TAB_SPECS } from '../../../shared/workbook';

const doc = readFileSync(new URL('../../../docs/workbook.md', import.meta.url), 'utf8');

describe('docs/workbook.md', () => {
  it.each(TAB_SPECS.map((t) => [t.name, t] as const))(
    'documents the %s tab and every one of its columns',
    (name, spec) => {
      const start = doc.indexOf(`### ${name}`);
      expect(start).toBeGreaterThan(0);
      const end = doc.indexOf('\n### ', start + 4);
      const section = doc.slice(start, end < 0 ? undefined : end);
      for (const c of spec.columns)
        if (name !== 'Settings') expect(section).toContain(`| \`${c.header}\` |`);
      expect(section).toMatch(/\n\|[^\n]+\|\n\|---/); // at least one table (columns and an example)
    },
  );

  it('documents every setting', () => {
    for (const s of SETTING_SPECS) expect(doc).toContain(`| \`${s.setting}\` |`);
  });
});
