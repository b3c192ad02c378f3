/**
 * What the build's render leaves for the integrations that run once the pages are written, without a file:
 * the search records (made by the search page's render, ./search-records.ts; taken by
 * src/integrations/search-index.ts) and the preview cards (the cards' route, src/pages/cards/[card].png.ts,
 * works out every card and starts rendering those the cache lacks on the other cores, ./preview-cards.ts;
 * src/integrations/card-cache.ts waits for the last and copies them into dist/cards/, so the cards render
 * while the pages are made, not before them). Astro renders a static build's pages in the process that runs
 * the integrations, so a global under a registered symbol is shared by the page bundle and the integrations,
 * which are separate copies of the modules. Nothing here imports the collection.
 */
import type { SearchRecord } from '../model/search-records';

/** The build's preview cards, as the card step takes them. */
export interface PublishedCards {
  /** Every card's file name (its hash and .png), each once. */
  names: string[];
  /** Resolves, with how many cards this build rendered, when every card is in the cache; rejects if one failed. */
  ready: Promise<number>;
}

interface Handed {
  searchRecords: SearchRecord[];
  cards: PublishedCards;
}

const key = (name: keyof Handed) => Symbol.for(`inspection-record.${name}`);
type Holder = { [key: symbol]: unknown };

const waiting = (name: keyof Handed) => Symbol.for(`inspection-record.${name}.waiting`);

/** Leave this for the step after the render (and for one waiting for it, `whenHanded`). */
export function handOver<K extends keyof Handed>(name: K, value: Handed[K]): void {
  (globalThis as Holder)[key(name)] = value;
  (globalThis as { [key: symbol]: ((value: Handed[K]) => void) | undefined })[waiting(name)]?.(value);
}

/**
 * What the build's render hands over, as soon as it does: for a step that can start while the pages are written (the
 * search index starts Pagefind on the records, which the search word lists' getStaticPaths makes before any page).
 * It is still there for `take`. Call it before the build renders (astro:build:start); never resolves if nothing is handed.
 */
export function whenHanded<K extends keyof Handed>(name: K): Promise<Handed[K]> {
  return new Promise((resolve) => {
    (globalThis as { [key: symbol]: unknown })[waiting(name)] = (value: Handed[K]) => {
      delete (globalThis as Holder)[waiting(name)];
      resolve(value);
    };
  });
}

/** What the build's render left, or undefined when it left none. */
export function take<K extends keyof Handed>(name: K): Handed[K] | undefined {
  const value = (globalThis as Holder)[key(name)] as Handed[K] | undefined;
  delete (globalThis as Holder)[key(name)];
  return value;
}
