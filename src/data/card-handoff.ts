/**
 * How a build's preview cards reach dist/: the cards' route (src/pages/cards/[card].png.ts) works out every
 * card, starts rendering those the cache lacks on the other cores (./preview-cards.ts, publishCards) and leaves
 * their names here with the promise of their PNGs; src/integrations/card-cache.ts takes them once the pages are
 * written, waits for the last PNGs and copies the cards from the cache into dist/cards/. So the cards render while
 * the pages are made, not before them: as pages of their own they came second of the build's routes, and the
 * build waited for every card before it made a page. A global under a registered symbol is shared by the page
 * bundle and the integration, which are separate copies of the modules (as ./search-handoff.ts).
 */
const KEY = Symbol.for('lancashire-inspections.preview-cards');

export interface PublishedCards {
  /** Every card's file name (its hash and .png), each once. */
  names: string[];
  /** Resolves, with how many cards this build rendered, when every card is in the cache; rejects if one failed. */
  ready: Promise<number>;
}

type Holder = { [KEY]?: PublishedCards };

/** Leave the build's cards for the card step. */
export function handOverCards(cards: PublishedCards): void {
  (globalThis as Holder)[KEY] = cards;
}

/** The cards the build's render left, or undefined when none did (a build of some pages only). */
export function takeCards(): PublishedCards | undefined {
  const cards = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return cards;
}
