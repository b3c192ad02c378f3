/** Made-up pieces of the record for small synthetic cases; the real record comes from the site's loaders (src/data/*). */
import type { Inspection } from '../../src/model/journey';
import type { FrameworkId } from '../../src/model/vocabulary';

/** A made-up inspection of `year` under `framework`. */
export const fakeInspection = (year: number, framework: FrameworkId): Inspection => ({
  year,
  document: `doc-${year}`,
  framework,
  outcome: 'Some outcome',
  outcomeUrl: `/inspections/doc-${year}/#p1`,
});
