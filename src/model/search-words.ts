/**
 * The words search leaves out and the words it adds, shared by the index
 * (src/model/search-records.ts) and the search page's query (src/scripts/search-query.ts).
 */
import { z } from 'astro/zod';

/**
 * Words too common to tell blocks apart, and the words of a question ("how many",
 * "when was"): neither indexed nor searched. A query of nothing else searches nothing.
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by did do does for from had has have how i if in into is it its many much of on or our ' +
    'so than that the their them then there these they this those to was we were what when where which who whom why will with you your'
  ).split(' '),
);

/**
 * Stands in a block's index for "it gives a number": "how many …", "how much …" and
 * "number of …" search for it, so a block that states a figure ranks higher.
 */
export const FIGURE_WORD = 'howmany';
/** The questions that ask for a figure. */
export const FIGURE_QUESTION = /\b(how many|how much|number of|numbers of)\b/i;

/** A word a reader types, and the documents' words it stands for (a trailing * matches any ending). */
export const searchSynonymSchema = z.object({
  reader: z.string().regex(/^[a-z0-9]+$/, 'one lower-case word'),
  documents: z.array(z.string().regex(/^[\p{L}\p{N}' -]+\*?$/u, 'words, with at most a trailing *')).min(1),
});
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
export const searchSynonymsSchema = z.array(searchSynonymSchema);

/** Lower case, apostrophes gone, split at anything else that is not a letter or digit. */
export const plainWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
