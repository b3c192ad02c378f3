/**
 * How the build's search records reach the index step without a file: the search page's render computes
 * them (./search-records.ts, loadSearchRecords) and leaves them here, and src/integrations/search-index.ts takes
 * them once the pages are built. Astro renders a static build's pages in the process that runs the
 * integrations, so a global under a registered symbol is shared by the page bundle and the integration,
 * which are separate copies of the modules. Nothing here imports the collection: the integration loads it.
 */
import type { SearchRecord } from '../model/search-records';

const KEY = Symbol.for('lancashire-inspections.search-records');
type Holder = { [KEY]?: SearchRecord[] };

/** Leave the records for the index step. */
export function handOverRecords(records: SearchRecord[]): void {
  (globalThis as Holder)[KEY] = records;
}

/** The records the build's render left, or undefined when none did. */
export function takeRecords(): SearchRecord[] | undefined {
  const records = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return records;
}
