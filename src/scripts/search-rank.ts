/**
 * Ranking blocks for a question. Pagefind searches one word at a time, twice: as
 * typed ("cars", which also finds care, carers …) and exactly (the word and its
 * stems: "carers" finds carer). This module turns those results into one list:
 * every block with any of the words, those holding more of the rarer words first.
 * Pure, so the unit tests run it without a browser.
 */
import { NUMBER_WORDS, plainWords } from '../model/search-words';

/** Pagefind's result for one record: its id and its score for one word. */
export interface WordHit {
  id: string;
  score: number;
  /** Where the word stands in the block: each use's place among its indexed words, in the text's order (src/scripts/search-blocks.ts). */
  uses?: number[];
}
export interface WordResults<T extends WordHit = WordHit> {
  word: string;
  /** How much the word counts, before its rarity. */
  weight: number;
  /** Words of one concept (a meaning's key and the words typed for it) are alternatives: a block counts the best of them. */
  concept?: string;
  /** The records holding the word itself or one of its stems. */
  exact: WordHit[];
  /** The records holding a word it starts (a superset of exact), with Pagefind's score. */
  loose: T[];
}
export interface RankedRecord {
  id: string;
  score: number;
}

/** How much a word it holds only as the start of a longer one counts ("care" for "cars"). */
export const PREFIX_ONLY = 0.35;
/** How much a document of a year the query names adds, as a share of all the words' weights: a year named is most of what a question asks. */
const YEAR_BOOST = 1;

/** Inverse document frequency (BM25's): a word in few records weighs much, one in most weighs almost nothing. */
export const rarity = (having: number, total: number) => Math.log(1 + (total - having + 0.5) / (having + 0.5));

/**
 * One list, best first. `total` is how many records the index holds; `favoured`, the
 * records of a year the query names (empty if it names none).
 */
export function rankRecords(words: WordResults[], total: number, favoured: ReadonlySet<string> = new Set()): RankedRecord[] {
  // Words of one concept (a phrase as typed and its meaning's key) are alternatives: a block counts the best of them once.
  const concepts = Map.groupBy(words, (w) => w.concept ?? w.word);
  const scores = new Map<string, RankedRecord>();
  let all = 0;
  for (const alternatives of concepts.values()) {
    const best = new Map<string, number>();
    let most = 0;
    for (const w of alternatives) {
      const exact = new Set(w.exact.map((h) => h.id));
      const weight = w.weight * rarity(exact.size || w.loose.length, total);
      most = Math.max(most, weight);
      const top = w.loose.reduce((m, h) => Math.max(m, h.score), 1e-9);
      for (const hit of w.loose) {
        // Where the word itself is held, Pagefind's score (how often, in how short a block) refines the order a little.
        const strength = exact.has(hit.id) || !exact.size ? 1 : PREFIX_ONLY;
        const score = weight * strength * (0.8 + (0.2 * hit.score) / top);
        if (score > (best.get(hit.id) ?? 0)) best.set(hit.id, score);
      }
    }
    all += most;
    for (const [id, score] of best) {
      const r = scores.get(id) ?? { id, score: 0 };
      r.score += score;
      scores.set(id, r);
    }
  }
  if (favoured.size) {
    for (const r of scores.values()) if (favoured.has(r.id)) r.score += YEAR_BOOST * all;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many words apart a figure and a word of the question may stand to count it ("80 children's centres", "centres, of which there are 80"). */
const FIGURE_REACH = 3;

const isFigure = (word: string) => NUMBER_WORDS.has(word) || (/^\d+$/.test(word) && !/^(19|20)\d\d$/.test(word));
/** A word and its plural are one word here ("centre", "centres"; "children", "childrens" from "children's"). */
const singular = (word: string) => word.replace(/s$/, '');

/**
 * How many of the question's terms have a figure within FIGURE_REACH words: for
 * "how many children's centres", 2 in "as well as through 80 children's centres",
 * 0 in a block that speaks of children's centres and gives some other figure.
 */
export function countedTerms(text: string, terms: string[]): number {
  const words = plainWords(text);
  const figures = words.flatMap((w, i) => (isFigure(w) ? [i] : []));
  const wanted = new Set(terms.map(singular));
  const near = new Set<string>();
  words.forEach((w, i) => {
    const s = singular(w);
    if (wanted.has(s) && figures.some((f) => f !== i && Math.abs(f - i) <= FIGURE_REACH)) near.add(s);
  });
  return near.size;
}

/** How many words a run may span and still hold the question's words together ("Royal Lancaster Infirmary governance" in one sentence). */
const NEAR_SPAN = 12;

/**
 * How closely a text holds the question's words together: the most of them found
 * in any run of NEAR_SPAN words, as a share of them (0 with one word or none near
 * another). `terms` lists, for each word of the question, the ways the text may say it
 * (the word itself, or a meaning's phrases), each as its words; `fits` says whether a
 * text word is a word of the question's (a stem, a plural).
 */
export function nearness(text: string, terms: readonly (readonly string[][])[], fits: (word: string, term: string) => boolean): number {
  const words = plainWords(text);
  // Where each term is said: the positions its ways start at.
  return together(terms.map((ways) => words.flatMap((_, i) => (ways.some((w) => w.every((t, j) => words[i + j] !== undefined && fits(words[i + j]!, t))) ? [i] : []))), NEAR_SPAN);
}

/** Given where each of the question's words is (`at`, one list a word), the most of them within `span` of one another, as a share of them (0 if fewer than two: one word alone is not together). */
function together(at: readonly (readonly number[])[], span: number): number {
  let best = 0;
  for (const starts of at) {
    for (const i of starts) best = Math.max(best, at.filter((s) => s.some((j) => j >= i && j < i + span)).length);
  }
  return best < 2 ? 0 : (best - 1) / (at.length - 1);
}

/** How many indexed words (common words left out) a run may span and still hold the question's words together: about NEAR_SPAN words of text. */
const NEAR_USES = 8;

/**
 * What a block's score is multiplied by for holding the question's words together: up to 1.5 times
 * (`near`, the share `nearness` gives), or twice for the words as typed, in order (a phrase copied from it).
 */
export const togetherFactor = (asTyped: boolean, near: number) => (asTyped ? 2 : 1 + near / 2);

/**
 * The ranked blocks' ids in order of their score times how closely they hold the question's
 * `words` together, read from where the index holds each (`uses`) for every block (the
 * first page then weighs the texts themselves): a paragraph holding "child protection … good"
 * in one sentence above one that says each apart. `inOrder`: the question is long enough
 * (three words or more) for its words one after another, in order, to be a phrase copied
 * from the text (the common words between are not indexed, so not checked), which doubles.
 */
export function heldTogether(ranked: RankedRecord[], words: readonly WordResults[], inOrder: boolean): string[] {
  const ids = ranked.map((r) => r.id);
  if (words.length < 2) return ids;
  const at = words.map((w) => new Map(w.loose.map((h) => [h.id, h.uses])));
  const factor = (id: string) => {
    const uses = at.map((m) => m.get(id) ?? []);
    return togetherFactor(inOrder && uses[0]!.some((u) => uses.every((s, k) => s.includes(u + k))), together(uses, NEAR_USES));
  };
  // A stable sort: equal keys keep the ranking's order.
  return ranked
    .map((r) => ({ id: r.id, key: r.score * factor(r.id) }))
    .sort((x, y) => y.key - x.key)
    .map((r) => r.id);
}
