/** The performance figures of docs/performance.md are the latest benchmark run's, as scripts/bench/readme.ts writes them. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Results } from '../../scripts/bench/report';
import { withFigures } from '../../scripts/bench/readme';

test('docs/performance.md holds the figures of bench/results.json (npm run bench:readme writes them)', () => {
  const readme = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
  const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8')) as Results;
  expect(readme).toBe(withFigures(readme, results));
});
