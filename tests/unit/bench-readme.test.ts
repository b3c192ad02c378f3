/** The README's performance figures are the latest benchmark run's, as scripts/bench/readme.ts writes them. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Results } from '../../scripts/bench/report';
import { withFigures } from '../../scripts/bench/readme';

test('README.md holds the figures of bench/results.json (npm run bench:readme writes them)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8')) as Results;
  expect(readme).toBe(withFigures(readme, results));
});
