/**
 * From a query to ranked blocks: the search itself, with no page. It reads the query,
 * searches each word in the index (as typed and exactly), corrects a misspelt word,
 * favours a year named, ranks, keeps only blocks holding a quoted phrase, and orders
 * the first page by weight and, for "how many", by where a figure stands. What it
 * reads (Pagefind, the block files, the spelling lists) is handed to it as a
 * `SearchIndex`, so the unit tests run it without a browser and the quality
 * benchmark can run it against a build in Node.
 */
import { groupOf, type BlockFile } from '../model/search-groups';
import { plainWords } from '../model/search-words';
import type { MeaningEntry } from '../model/search-records';
import { blockHits, type GroupResult } from './search-blocks';
import { shownOf } from './search-link';
import { holdsPhrase, parseQuery, searchedWords, type Query } from './search-query';
import { countedTerms, heldTogether, nearness, rankRecords, togetherFactor, type WordHit, type WordResults } from './search-rank';
import { fitsTerm } from './search-link';
import { applyCorrections, closestWord, startsAWord } from './search-spelling';

/** What the search reads: Pagefind's index and the files built beside it. */
export interface SearchIndex {
  /** Pagefind's results (groups of blocks, with their matched positions weighed) for a word, as typed or in quotes. */
  search(term: string): Promise<GroupResult[]>;
  /** Fetches the index files a term needs (all of a query's at once, before searching them one by one). */
  preload(term: string): Promise<void>;
  /** The groups of a year's documents (Pagefind's `year` filter). */
  yearGroups(year: string): Promise<string[]>;
  /** The record's words with a first letter, with how often each occurs (for spelling). */
  wordsFrom(letter: string): Promise<Record<string, number>>;
  /** content/search-meanings.yaml's groups the query could hold (`meaningsFor`: those filed under its words' first two letters). */
  meanings(text: string): Promise<MeaningEntry[]>;
  /** A block's file: what its result shows. */
  block(id: string): Promise<BlockFile>;
  /** Lets the page draw between two searches of words; the default does not wait. */
  pause?(): Promise<void>;
}

/** What the search knows of the record before it searches. */
export interface Setting {
  /** The record's years: one named in a query picks its documents. */
  years: readonly string[];
  /** How many blocks the index holds, and how many words a block holds on average. */
  total: number;
  blockLength: number;
}

export interface Found {
  text: string;
  query: Query;
  /** Ranked block ids (src/model/search-groups.ts). */
  ids: string[];
  /** Each result's score, where the first page is ordered by score times weight. */
  scores?: Map<string, number>;
  /** What the ranking reads of a result (its score, its place in its group, where each word stands in it): the same for copies of one text. */
  sign?: (id: string) => string;
  /** The words a figure must stand by, for a question asking for one. */
  counted?: string[];
  /** For each word of the question, the ways a text may say it (its own word, or a meaning's phrases): the first page ranks blocks holding them together higher. */
  near?: string[][][];
  /** The keys of the meanings the query could hold (a block's `stands` names them: not the reader's words). */
  keys?: ReadonlySet<string>;
  corrected?: string;
  misspelt: string[];
  missing: string[];
}

export const PAGE_SIZE = 10;
/** A quoted phrase is checked in the blocks' words: at most this many of the blocks holding all its words are loaded. */
const PHRASE_CANDIDATES = 40;

const shownText = (f: BlockFile) => shownOf(f).text;
/** Two or more words typed, in order, as the text has them, are the reader's words together (a phrase copied from it, a term of two words): they double. */
const PHRASE_TYPED = 2;

/** Every block, in the documents' order, as a search with no words: what the filters list alone. */
export const everyBlock = (ids: string[]): Found => ({ text: '', query: parseQuery(''), ids, misspelt: [], missing: [] });

/** The blocks that answer `text`, best first. */
export async function searchFor(text: string, index: SearchIndex, setting: Setting): Promise<Found> {
  const meanings = await index.meanings(text);
  const query = parseQuery(text, setting.years, meanings);
  const keys = new Set(meanings.map((m) => m[0]));
  const words = searchedWords(query);
  if (!query.terms.length) return { text, query, ids: [], misspelt: [], missing: [] }; // Only common words or punctuation: nothing to find.
  const pause = index.pause ?? (async () => undefined);
  /** Each word searched as typed and exactly (in quotes: the word and its stems, not longer words it starts), per block. */
  const wordResults = async (word: string): Promise<WordResults> => {
    await pause();
    const loose = await index.search(word);
    await pause();
    return { word, weight: query.meanings.find((m) => m.key === word)?.words ?? 1, concept: query.alike[word], ...blockHits(loose, await index.search(`"${word}"`), setting.blockLength) };
  };
  // The index files every word needs, fetched at once; then the words one after another (each in a task of its own: together they would hold up the page).
  await Promise.all(words.flatMap((w) => [index.preload(w), index.preload(`"${w}"`)]));
  let found: WordResults[] = [];
  for (const w of words) found.push(await wordResults(w));
  // A word held by no block is misspelt, or being typed: Pagefind then finds shorter words it starts with, which are not it.
  const misspelt: string[] = [];
  const missing: string[] = [];
  const corrections = new Map<string, string>();
  await Promise.all(
    found.map(async (w, i) => {
      if (w.exact.length || /\d/.test(w.word) || keys.has(w.word)) return;
      const vocabulary = await index.wordsFrom(w.word[0]!);
      if (startsAWord(w.word, vocabulary)) return;
      const fix = closestWord(w.word, vocabulary);
      if (fix) {
        corrections.set(w.word, fix);
        misspelt.push(w.word);
        found[i] = { ...(await wordResults(fix)), word: w.word };
      } else {
        missing.push(w.word);
        found[i] = { ...w, loose: [] };
      }
    }),
  );
  found = found.filter((w) => w.loose.length);
  // A year's blocks, by their groups' year (a group is of one document).
  const yearGroups = new Set((await Promise.all(query.years.map((y) => index.yearGroups(y)))).flat());
  const favoured = new Set(found.flatMap((w) => w.loose.map((h) => h.id)).filter((id) => yearGroups.has(groupOf(id))));
  const ranked = rankRecords(found, setting.total, favoured);
  // The question's own words (not a meaning's key or a marker, which the index holds after the text), held together.
  const inText = found.filter((w) => query.terms.includes(w.word) && !keys.has(w.word));
  let ids = heldTogether(ranked, inText, plainWords(text).length >= PHRASE_TYPED);
  if (query.phrases.length) {
    // A quoted phrase must be in the block's words: check the best blocks that hold every word of the phrases.
    const phraseWords = new Set(query.phrases.flat().filter((w) => query.terms.includes(w)));
    const holdsAll = (id: string) => [...phraseWords].every((w) => found.some((f) => f.word === w && f.exact.some((h) => h.id === id)));
    const candidates = ids.filter(holdsAll).slice(0, PHRASE_CANDIDATES);
    const texts = await Promise.all(candidates.map((id) => index.block(id)));
    ids = candidates.filter((_, i) => query.phrases.every((p) => holdsPhrase(shownText(texts[i]!), p)));
  }
  const terms = query.terms.map((t) => corrections.get(t) ?? t);
  let at: Map<string, WordHit>[] | undefined;
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  const corrected = corrections.size ? applyCorrections(text, corrections) : undefined;
  return {
    text,
    query: corrected ? { ...query, terms } : query,
    ids,
    // A quoted phrase's results are those holding it, in their order.
    scores: query.phrases.length ? undefined : scores,
    sign: (id) => `${scores.get(id)} ${id.split('/')[1]} ${(at ??= found.map((w) => new Map(w.loose.map((h) => [h.id, h])))).map((m) => m.get(id)?.uses).join()}`,
    counted: query.figure ? [...terms, ...query.meanings.flatMap((m) => m.typed.split(' '))] : undefined,
    near: terms.map((t) => (keys.has(t) ? meanings.find((m) => m[0] === t)!.slice(3).map((p) => plainWords(String(p))) : [[t]])),
    keys,
    corrected,
    misspelt,
    missing,
  };
}

/** What a block saying a phrase of the reader's own (two words or more) counts, where search also read it as a meaning: "infant mortality" above "safer sleeping", "wishes and feelings" above "views". */
const OWN_WORDS = 1.3;

/**
 * What a block of the first page multiplies its score by: its weight, how closely its text holds the
 * question's words (the words typed, in order, as the text has them, a phrase copied from it: as if all were near, and more),
 * OWN_WORDS if it says a meaning's phrase as the reader typed it, not only in the meaning's other words, and, for a
 * question asking for a figure, up to twice as much as more of its words have a figure by them (`countedTerms`).
 */
export function pageFactor(c: Found, f: BlockFile): number {
  const text = shownText(f);
  const typed = plainWords(c.text);
  const figures = c.counted ? 1 + countedTerms(text, c.counted) / c.counted.length : 1;
  const ownWords = c.query.meanings.some((m) => m.typed.includes(' ') && holdsPhrase(text, m.typed.split(' '))) ? OWN_WORDS : 1;
  const together = togetherFactor(typed.length >= PHRASE_TYPED && holdsPhrase(text, typed), c.near ? nearness(text, c.near, fitsTerm) : 0);
  return figures * ownWords * Number(f.filters.weight?.[0] ?? 1) * together;
}

/**
 * The results listed (`ids`, those the filters allow), the first page (whose blocks are loaded to be
 * shown anyway) in order of score times `pageFactor` (a finding above a heading or a grade line; for a question
 * asking for a figure, a block with a figure by its words higher) (a quoted phrase's results keep their order).
 * The first page holds one of each text (told by its `sign`), the copies after it: where many documents say the
 * same (a region's councils, the benchmark's copies), ten of one text would keep every other off it. The first two
 * results of one signature are read: if their texts differ, the signature does not tell texts apart here, and the
 * first page is the first ten.
 */
export async function firstPageFirst(c: Found, ids: string[], block: SearchIndex['block']): Promise<string[]> {
  if (!c.scores) return ids;
  const firsts = new Map<string, string>();
  let twins: string[] = [];
  for (const id of ids) {
    if (firsts.size === PAGE_SIZE) break;
    const sign = c.sign!(id);
    if (!firsts.has(sign)) firsts.set(sign, id);
    else if (!twins.length) twins = [firsts.get(sign)!, id];
  }
  const [one, other] = (await Promise.all(twins.map(block))).map(shownText);
  const page = one === other ? [...firsts.values()] : ids.slice(0, PAGE_SIZE);
  const files = await Promise.all(page.map(block));
  const key = (i: number) => c.scores!.get(page[i]!)! * pageFactor(c, files[i]!);
  return [
    // Equal keys in the texts' alphabetical order: the same whichever copies, or groups, the index has (not its ids' order).
    ...page.map((_, i) => i).sort((i, j) => key(j) - key(i) || shownText(files[i]!).localeCompare(shownText(files[j]!), 'en')).map((i) => page[i]!),
    ...ids.filter((id) => !page.includes(id)),
  ];
}

/** The words as typed, in quotation marks, unless the reader typed some (a phrase). */
/** Words as the page shows them, in the site's typographic quotes: a reader's own straight quotes are turned (the phrase they mark is theirs). */
const quote = (t: string) => (/["“”]/.test(t) ? t.replace(/"([^"]*)"?/g, '“$1”') : `“${t}”`);

/**
 * What the live region says: the count, and why the results differ from the words typed
 * (corrections, and what a word was searched as, from the meanings and the shown blocks' `stands`).
 */
export function announcement(c: Found, listed: number, filters: number, shownFiles: BlockFile[]): { count: string; why: string } {
  const searchedAs = new Map(c.query.meanings.filter((m) => m.typed !== m.as).map((m) => [m.typed, m.as]));
  for (const f of shownFiles) {
    for (const pair of shownOf(f).stands) {
      const [reader = '', words = ''] = pair.split(' → ');
      if (c.query.terms.includes(reader.toLowerCase()) && !searchedAs.has(reader) && !c.keys?.has(reader)) searchedAs.set(reader, words.toLowerCase());
    }
  }
  const filtered = filters ? `, with ${filters === 1 ? 'a filter' : `${filters} filters`}` : '';
  const words = (terms: string[]) => terms.map(quote).join(' or ');
  const why = [
    c.misspelt.length ? `No paragraph contains ${words(c.misspelt)}, so these are the results for “${c.corrected}”.` : '',
    c.missing.length && listed ? `No paragraph contains ${words(c.missing)}: these results have the other words.` : '',
    c.text && !c.query.terms.length ? 'Every word of that is too common to search for: add a word that says what you are looking for.' : '',
    ...[...searchedAs].slice(0, 3).map(([reader, words]) => `${reader}: searched as ${words}.`),
  ]
    .filter(Boolean)
    .join(' ');
  const count = `${listed || 'No'} ${listed === 1 ? 'result' : 'results'}`;
  // No words: the filters alone list the blocks.
  return { count: c.text ? `${count} for ${quote(c.corrected ?? c.text)}${filtered}` : `${count}${filtered}`, why };
}
