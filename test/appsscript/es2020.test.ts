// Code.js keeps to ES2020's library: esbuild lowers newer syntax but not newer methods, so none may appear.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from './helpers';

let code = '';
beforeAll(() => {
  code = readFileSync(join(buildBundle(), 'Code.js'), 'utf8');
});

/** [what, the ES edition that added it, how a use looks in code, an example use the pattern must catch]. */
const newer: readonly [string, string, RegExp, string][] = [
  ['Array/String.prototype.at', 'ES2022', /\.at\s*\(/, 'const last = all.at(-1);'],
  ['Array.prototype.findLast', 'ES2023', /\.findLast\s*\(/, 'rows.findLast((r) => r.ok)'],
  ['Array.prototype.findLastIndex', 'ES2023', /\.findLastIndex\s*\(/, 'rows.findLastIndex(ok)'],
  ['Array.prototype.toSorted', 'ES2023', /\.toSorted\s*\(/, 'xs.toSorted()'],
  ['Array.prototype.toReversed', 'ES2023', /\.toReversed\s*\(/, 'xs.toReversed()'],
  ['Array.prototype.toSpliced', 'ES2023', /\.toSpliced\s*\(/, 'xs.toSpliced(0, 1)'],
  ['Array.prototype.with', 'ES2023', /\.with\s*\(/, 'xs.with(0, 1)'],
  ['Array.fromAsync', 'ES2024', /\bArray\.fromAsync\b/, 'await Array.fromAsync(it)'],
  ['String.prototype.replaceAll', 'ES2021', /\.replaceAll\s*\(/, "s.replaceAll('a', 'b')"],
  ['String.prototype.isWellFormed', 'ES2024', /\.isWellFormed\s*\(/, 's.isWellFormed()'],
  ['String.prototype.toWellFormed', 'ES2024', /\.toWellFormed\s*\(/, 's.toWellFormed()'],
  ['Object.hasOwn', 'ES2022', /\bObject\.hasOwn\b/, 'Object.hasOwn(o, k)'],
  ['Object.groupBy', 'ES2024', /\bObject\.groupBy\b/, 'Object.groupBy(xs, f)'],
  ['Map.groupBy', 'ES2024', /\bMap\.groupBy\b/, 'Map.groupBy(xs, f)'],
  ['Promise.any', 'ES2021', /\bPromise\.any\b/, 'Promise.any(ps)'],
  ['Promise.withResolvers', 'ES2024', /\bPromise\.withResolvers\b/, 'Promise.withResolvers()'],
  ['AggregateError', 'ES2021', /\bAggregateError\b/, 'new AggregateError([])'],
  ['WeakRef', 'ES2021', /\bWeakRef\b/, 'new WeakRef(o)'],
  ['FinalizationRegistry', 'ES2021', /\bFinalizationRegistry\b/, 'new FinalizationRegistry(f)'],
  ['structuredClone', 'HTML (not in Apps Script)', /\bstructuredClone\s*\(/, 'structuredClone(o)'],
  ['Error cause', 'ES2022', /[{,]\s*cause\s*[:,}]/, "new Error('x', { cause: e })"],
];

describe('the ES2020 guard', () => {
  it.each(newer)('recognises a use of %s (%s)', (_name, _edition, pattern, example) => {
    expect(example).toMatch(pattern);
  });

  it.each(['const last = all[all.length - 1];', "s.split('a').join('b')", 'format(d, "at")'])(
    'does not mistake %s for one',
    (example) => {
      for (const [, , pattern] of newer) expect(example).not.toMatch(pattern);
    },
  );
});

describe('Code.js', () => {
  it.each(newer)('does not use %s (%s)', (_name, _edition, pattern) => {
    const lines = code.split('\n').filter((line) => pattern.test(line));
    expect(lines).toEqual([]);
  });
});
