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
  /** How many of the words it holds (a word it holds only as the start of another counts a half). */
  words: number;
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
    const best = new Map<string, { score: number; words: number }>();
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
        const held = best.get(hit.id);
        if (!held || score > held.score) best.set(hit.id, { score, words: strength === 1 ? 1 : 0.5 });
      }
    }
    all += most;
    for (const [id, b] of best) {
      const r = scores.get(id) ?? { id, score: 0, words: 0 };
      r.score += b.score;
      r.words += b.words;
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

/**
 * A question asking for a figure: of the best blocks (the first page, whose texts are
 * loaded to be shown anyway), those where a figure stands by more of the question's
 * words come first; Pagefind's index holds words, not where they stand, so only the
 * texts can tell. Otherwise the order is kept.
 */
export function figuresFirst(ids: string[], texts: readonly string[], terms: string[]): string[] {
  const counted = texts.map((t) => countedTerms(t, terms));
  const best = ids
    .slice(0, texts.length)
    .map((id, i) => ({ id, i, n: counted[i]! }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((r) => r.id);
  return [...best, ...ids.slice(texts.length)];
}

/**
 * The best blocks (the first page, whose files are loaded to be shown anyway) in order of their
 * score times their weight (src/model/search-records.ts `weightOf`): a finding that judges above a
 * heading, a grade scale's definition or a bare grade line with as many of the words. Otherwise the
 * order is kept.
 */
export function byWeight(ranked: Pick<RankedRecord, 'id' | 'score'>[], weights: readonly number[]): string[] {
  const best = ranked
    .slice(0, weights.length)
    .map((r, i) => ({ id: r.id, i, score: r.score * weights[i]! }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.id);
  return [...best, ...ranked.slice(weights.length).map((r) => r.id)];
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
  if (terms.length < 2) return 0;
  const words = plainWords(text);
  // Where each term is said: the positions its ways start at.
  const at = terms.map((ways) => words.flatMap((_, i) => (ways.some((w) => w.every((t, j) => words[i + j] !== undefined && fits(words[i + j]!, t))) ? [i] : [])));
  let best = 0;
  for (const starts of at) {
    for (const i of starts) best = Math.max(best, at.filter((s) => s.some((j) => j >= i && j < i + NEAR_SPAN)).length);
  }
  return best < 2 ? 0 : (best - 1) / (terms.length - 1);
}
