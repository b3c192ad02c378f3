/**
 * What the build's render leaves for the integrations that run once the pages are built, without a file:
 * the search records (made by the search page's render, ./search-records.ts; taken by
 * src/integrations/search-index.ts) and the checked glossary (read with the record, ./record.ts; taken by
 * src/integrations/glossary.ts to mark the built pages). Astro renders a static build's pages in the
 * process that runs the integrations, so a global under a registered symbol is shared by the page bundle
 * and the integrations, which are separate copies of the modules. Nothing here imports the collection.
 */
import type { GlossaryEntry } from '../model/glossary';
import type { SearchRecord } from '../model/search-records';

interface Handed {
  searchRecords: SearchRecord[];
  glossary: GlossaryEntry[];
}

const key = (name: keyof Handed) => Symbol.for(`inspection-record.${name}`);
type Holder = { [key: symbol]: unknown };

/** Leave this for the step after the render. */
export function handOver<K extends keyof Handed>(name: K, value: Handed[K]): void {
  (globalThis as Holder)[key(name)] = value;
}

/** What the build's render left, or undefined when it left none. */
export function take<K extends keyof Handed>(name: K): Handed[K] | undefined {
  const value = (globalThis as Holder)[key(name)] as Handed[K] | undefined;
  delete (globalThis as Holder)[key(name)];
  return value;
}
