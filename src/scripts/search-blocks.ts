/**
 * From Pagefind's results, which are groups of blocks (src/model/search-groups.ts),
 * to one word's results per block: each matched word position is in the block its
 * stride says, and Pagefind's score of the position (how closely the word there
 * matches the word searched, and its weight) tells the blocks holding the word
 * itself from those holding only longer words, and scores each block as Pagefind
 * scores a record (BM25). Pure, so the unit tests run it without a browser.
 */
import { BLOCK_STRIDE, blockAt, blockId, INDEX_REPEATS, lengthOf } from '../model/search-groups';
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
/** A word's weight per use, as Pagefind's defaults were tuned for: eight positions (the index holds each use `INDEX_REPEATS` times, a common word once). */
const PER_USE = 8;

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
 * words a block holds on average. Each hit also says where in its block the word stands
 * (`uses`: each use's place among the block's indexed words, in the text's order), for
 * ranking blocks that hold a question's words together.
 */
export function blockHits(loose: GroupResult[], exact: GroupResult[], averageLength: number): { exact: WordHit[]; loose: WordHit[] } {
  // A common word at 100 times the record has tens of thousands of positions, read once each: each is put in its block
  // by number, and a block's id is written once, for its hit.
  const surely = new Map(exact.map((g) => [g.id, g.locations.map((l) => blockAt(l.location))]));
  // The word itself is the closest a position can be: in a group holding it, a block as close holds it. Each such block
  // is kept with its closest position (the exact search's own, closest of all), and told apart once all are known.
  let itself = 0;
  const held: [WordHit, number][] = [];
  const hits = loose.flatMap((g) => {
    const sure = surely.get(g.id);
    const blocks: { first: number; close: number; weights: Map<number, number>; uses: number[] }[] = [];
    for (const l of g.locations) {
      const close = closeness(l);
      const b = (blocks[blockAt(l.location)] ??= { first: l.location, close, weights: new Map<number, number>(), uses: [] });
      b.close = Math.max(b.close, close);
      // A use is a run of INDEX_REPEATS positions (or its first alone, for a common word) starting a multiple of it past the block's lead,
      // as every run of the block does: where it starts is its place among the block's words, and Pagefind's weights are summed a use at a time.
      if ((l.location - b.first) % INDEX_REPEATS === 0) {
        b.uses.push(Math.floor((l.location % BLOCK_STRIDE) / INDEX_REPEATS));
        b.weights.set(close, (b.weights.get(close) ?? 0) + l.weight * PER_USE);
      }
      b.first = Math.min(b.first, l.location);
    }
    return blocks.flatMap((b, n) => {
      const norm = SATURATION * (1 - LENGTH + (LENGTH * lengthOf(b.first)) / averageLength);
      let score = 0;
      b.weights.forEach((weight, close) => (score += ((SATURATION + 1) * weight * close) / (norm + weight * close)));
      const hit = { id: blockId(g.id, n), score, uses: b.uses };
      if (sure) {
        held.push([hit, sure.includes(n) ? Infinity : b.close]);
        itself = Math.max(itself, b.close);
      }
      return hit;
    });
  });
  return { exact: held.flatMap(([h, close]) => (close >= itself * 0.999 ? [h] : [])), loose: hits };
}
