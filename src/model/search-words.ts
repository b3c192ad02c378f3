/**
 * The words search leaves out and the words it adds, shared by the index
 * (src/model/search-records.ts) and the search page's script (src/scripts/search-*.ts),
 * so nothing here imports anything: the page's script stays small.
 */

/**
 * Words too common to tell blocks apart, and the words of a question ("how many",
 * "when was", "what did inspectors say about"): neither indexed nor searched. A
 * query of nothing else searches nothing.
 */
export const STOP_WORDS = new Set(
  (
    'a about an and are as at be been being but by did do does for from had has have how i if in into is it its many much of on or our ' +
    'find say said says so tell than that the their them then there these they this those to was we were what when where which who whom why will with you your'
  ).split(' '),
);

/**
 * Stands in a block's index for "it gives a number": "how many …", "how much …" and
 * "number of …" search for it, so a block that states a figure ranks higher.
 */
export const FIGURE_WORD = 'howmany';
/** The questions that ask for a figure. */
export const FIGURE_QUESTION = /\b(how many|how much|number of|numbers of)\b/i;

/** Numbers in words that state a figure ("three social workers", "half of them"); "one" is left out, being mostly a pronoun. */
export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million half third quarter'.split(' '),
);

/** Stands in a block's index for "it gives a date": "when …" and "what date …" search for it. */
export const DATE_WORD = 'whendate';
/** The questions that ask for a date. */
export const DATE_QUESTION = /\b(when|what date|what year|how long)\b/i;

/** Between a reader's form and the text's words it stands for, in a record's `stands` filter: "IRO → independent reviewing officers". */
export const STANDS_FOR = ' → ';

/**
 * Where content/search-meanings.yaml's phrases are filed for the search page (src/pages/search/meanings/): under
 * the first two letters of a phrase's first word that is not a common word (a common word's under "-" and
 * its first two, for a phrase of common words alone: "have a say"), which a query holding the phrase holds
 * too. So a query fetches the meanings its own words could start, not every meaning.
 */
export const meaningPrefix = (word: string) => `${STOP_WORDS.has(word) ? '-' : ''}${word.slice(0, 2)}`;

/** Lower case, apostrophes gone, an ampersand between letters too ("A&E" is "ae", as Pagefind indexes it), split at anything else that is not a letter or digit. */
export const plainWords = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]|(?<=\p{L})&(?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
