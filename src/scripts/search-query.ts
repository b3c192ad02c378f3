/**
 * Reading what the reader typed: the words to search for, quoted phrases, a year
 * that picks documents, and whether the question asks for a figure ("how many") or a date ("when").
 * Pure, so the unit tests run it without a browser.
 */
import { DATE_QUESTION, DATE_WORD, FIGURE_QUESTION, FIGURE_WORD, meaningPrefix, plainWords, STOP_WORDS } from '../model/search-words';
import type { MeaningEntry } from '../model/search-records';

/** A phrase of the query that content/search-meanings.yaml knows: it was searched as its key. */
export interface Meaning {
  /** The phrase as typed (its words). */
  typed: string;
  key: string;
  /** What the page says it searched for. */
  as: string;
  /** How many of the query's words it stands for: what the key weighs. */
  words: number;
}

export interface Query {
  /** What the reader typed, trimmed, white space collapsed. */
  text: string;
  /** The words to search for, lower case, once each, common words left out ("how", "many", "the"). */
  terms: string[];
  /** Quoted phrases, each as its words: a result must hold them together, in order. */
  phrases: string[][];
  /** Years of the record named in the query: their documents rank first. */
  years: string[];
  /** "How many …", "number of …": blocks that state a figure rank higher. */
  figure: boolean;
  /** "When …", "what date …": blocks that state a date rank higher. */
  date: boolean;
  /** Phrases searched as a meaning's key (the key is among the terms, the phrase's own words are not). */
  meanings: Meaning[];
  /** Words searched as typed and as a meaning's key as well (a question's shape: "improve"): word → key, alternatives in ranking. */
  alike: Record<string, string>;
}

/** Whether `words` hold the phrase at `at` (a trailing * on its last word matches any ending). */
function holdsAt(words: string[], phrase: string[], at: number): boolean {
  return phrase.every((p, j) => {
    const w = words[at + j];
    return w !== undefined && (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p);
  });
}

/** Quoted phrases of two words or more, each as its words: searched as typed, so no meaning is read in a query holding one. */
const quotedPhrases = (text: string) => [...text.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => plainWords(m[1]!)).filter((p) => p.length > 1);

/**
 * The meanings a query could hold, from the files holding its words' prefixes (src/model/search-records.ts
 * `meaningFiles`; `files`, their names, "ca.ch …", `file` fetches one). A meaning in two of them comes twice, which reads as once.
 */
export async function meaningsFor(text: string, files: string, file: (name: string) => Promise<MeaningEntry[]>): Promise<MeaningEntry[]> {
  const prefixes = new Set(plainWords(text).map(meaningPrefix));
  const names = quotedPhrases(text).length ? [] : files.split(' ').filter((f) => f.split('.').some((p) => prefixes.has(p)));
  return (await Promise.all(names.map(file))).flat();
}

/** The meanings the words hold, longest phrase first, each word in one at most: each with the words it covers. */
function meaningsIn(words: string[], entries: readonly MeaningEntry[]): { meaning: Meaning; covered: number[]; keep: boolean }[] {
  const phrases = entries.flatMap(([key, as, keep, ...ps]) => ps.map((p) => ({ key, as, keep: keep === 1, words: p.split(' ') }))).sort((a, b) => b.words.length - a.words.length);
  const used = new Set<number>();
  const found: { meaning: Meaning; covered: number[]; keep: boolean }[] = [];
  for (const p of phrases) {
    for (let at = 0; at + p.words.length <= words.length; at++) {
      const covered = p.words.map((_, j) => at + j);
      if (covered.some((i) => used.has(i)) || !holdsAt(words, p.words, at)) continue;
      covered.forEach((i) => used.add(i));
      const typed = covered.map((i) => words[i]!);
      if (!found.some((f) => f.meaning.key === p.key)) found.push({ meaning: { typed: typed.join(' '), key: p.key, as: p.as, words: Math.max(1, typed.filter((w) => !STOP_WORDS.has(w)).length) }, covered, keep: p.keep });
    }
  }
  return found;
}

/**
 * `years` are the record's years (a year the record has no document for is an ordinary word);
 * `meanings`, content/search-meanings.yaml's phrases (not in a quoted phrase, which is searched as typed).
 */
export function parseQuery(input: string, years: readonly string[] = [], meanings: readonly MeaningEntry[] = []): Query {
  const text = input.trim().replace(/\s+/g, ' ');
  const phrases = quotedPhrases(text);
  const all = plainWords(text);
  const found = phrases.length ? [] : meaningsIn(all, meanings);
  const replaced = new Set(found.filter((f) => !f.keep).flatMap((f) => f.covered.map((i) => all[i]!)));
  const words = [...new Set(all)];
  return {
    text,
    terms: [...words.filter((w) => !STOP_WORDS.has(w) && !years.includes(w) && !replaced.has(w)), ...found.map((f) => f.meaning.key).filter((k) => !words.includes(k))],
    meanings: found.filter((f) => !f.keep).map((f) => f.meaning),
    alike: Object.fromEntries(found.filter((f) => f.keep).flatMap((f) => f.covered.map((i) => [all[i]!, f.meaning.key]))),
    phrases,
    years: words.filter((w) => years.includes(w)),
    figure: FIGURE_QUESTION.test(text),
    date: DATE_QUESTION.test(text),
  };
}

/** The query's words and what stands for its question, as searched: its terms, then the figure word if it asks "how many", the date word if it asks "when". */
export const searchedWords = (query: Query) => [...query.terms, ...(query.figure ? [FIGURE_WORD] : []), ...(query.date ? [DATE_WORD] : [])];

/** Whether a block holds a quoted phrase: its words, in order, side by side. */
export function holdsPhrase(text: string, phrase: string[]): boolean {
  return ` ${plainWords(text).join(' ')} `.includes(` ${phrase.join(' ')} `);
}
