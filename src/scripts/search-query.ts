/**
 * Reading what the reader typed: the words to search for, quoted phrases, a year
 * that picks documents, and whether the question asks for a figure ("how many") or a date ("when").
 * Pure, so the unit tests run it without a browser.
 */
import { DATE_QUESTION, DATE_WORD, FIGURE_QUESTION, FIGURE_WORD, plainWords, STOP_WORDS } from '../model/search-words';

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
}

/** `years` are the record's years (a year the record has no document for is an ordinary word). */
export function parseQuery(input: string, years: readonly string[] = []): Query {
  const text = input.trim().replace(/\s+/g, ' ');
  const phrases = [...text.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => plainWords(m[1]!)).filter((p) => p.length > 1);
  const words = [...new Set(plainWords(text))];
  return {
    text,
    terms: words.filter((w) => !STOP_WORDS.has(w) && !years.includes(w)),
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
