/**
 * From Pagefind's results, which are groups of blocks (src/model/search-groups.ts),
 * to one word's results per block: each matched word position is in the block its
 * stride says, and Pagefind's score of the position (how closely the word there
 * matches the word searched, and its weight) tells the blocks holding the word
 * itself from those holding only longer words, and scores each block as Pagefind
 * scores a record (BM25). Pure, so the unit tests run it without a browser.
 */
import { blockAt, blockId, INDEX_REPEATS, lengthOf } from '../model/search-groups';
import type { WordHit } from './search-rank';

/** A matched word position, as Pagefind weighs it. */
export interface Location {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface GroupResult {
  id: string;
  locations: Location[];
}

/** Pagefind's defaults (termSaturation, pageLength): how fast more uses of a word stop counting, and how much a block's length counts against them. */
const SATURATION = 1.4;
const LENGTH = 0.75;
/** A word's weight per use, as Pagefind's defaults were tuned for: eight of its positions (the index holds each use `INDEX_REPEATS` times). */
const PER_USE = 8 / INDEX_REPEATS;

/**
 * How closely the word at a position matches the word searched (1 the word itself or
 * a stem of it, less the longer the word it starts): Pagefind's balanced score is
 * (24 × weight)² × that, weights being held in 24ths.
 */
export const closeness = (l: Location) => (l.weight > 0 ? l.balanced_score / (24 * l.weight) ** 2 : 0);

/**
 * One word's results per block. `loose` is Pagefind's result for the word as typed
 * (it and every longer word it starts); `exact`, for the word in quotes (it and its
 * stems), which hands back only each group's first such position: it says which
 * groups hold the word itself, and one block of each. `averageLength` is how many
 * words a block holds on average.
 */
export function blockHits(loose: GroupResult[], exact: GroupResult[], averageLength: number): { exact: WordHit[]; loose: WordHit[] } {
  const exactGroups = new Set(exact.map((g) => g.id));
  const surely = new Set(exact.flatMap((g) => g.locations.map((l) => blockId(g.id, blockAt(l.location)))));
  // The word itself is the closest a position can be: in a group holding it, a position that close is it.
  // (A loop: a common word at scale has more positions than a call can take arguments.)
  let itself = 0;
  for (const g of loose) if (exactGroups.has(g.id)) for (const l of g.locations) itself = Math.max(itself, closeness(l));
  const blocks = new Map<string, { exact: boolean; first: number; weights: Map<number, number> }>();
  for (const g of loose) {
    for (const l of g.locations) {
      const id = blockId(g.id, blockAt(l.location));
      const b = blocks.get(id) ?? { exact: false, first: l.location, weights: new Map<number, number>() };
      const close = closeness(l);
      b.exact ||= surely.has(id) || (exactGroups.has(g.id) && close >= itself * 0.999);
      b.first = Math.min(b.first, l.location);
      // Pagefind sums each matched word's weights; words matching equally closely are one word here.
      b.weights.set(close, (b.weights.get(close) ?? 0) + l.weight * PER_USE);
      blocks.set(id, b);
    }
  }
  const hits = [...blocks].map(([id, b]) => {
    const norm = SATURATION * (1 - LENGTH + (LENGTH * lengthOf(b.first)) / averageLength);
    let score = 0;
    for (const [close, weight] of b.weights) score += ((SATURATION + 1) * weight * close) / (norm + weight * close);
    return { id, score, exact: b.exact };
  });
  return { exact: hits.filter((h) => h.exact), loose: hits };
}
