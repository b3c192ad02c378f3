/**
 * Which words of a block a result's link can highlight so that the browser lands on
 * the block: a text directive with the usual context (text-directive.ts) may first
 * match elsewhere on the page (a sentence the document repeats, a heading that is
 * also in the contents list or the h1, the same words in another case), and the
 * browser scrolls to the first match of the first directive that matches anywhere.
 * Worked out at build time against each built page's text (text-fragment.ts), so the
 * search page's links need no page of their own.
 *
 * A link's directive for a run of words holds its first word's directive with the same
 * context (the prefix, the first word, then at least as many words after it), so where
 * the first word's directive first matches inside the block, so does the run's.
 */
import { CONTEXT_WORDS, textDirective, textDirectives } from './text-directive';
import { landingOf, type PageText } from './text-fragment';

/** The most words of context either side: a block that needs more repeats whole sentences, and its link would be long. */
export const MOST_CONTEXT = 12;

/**
 * The words of a block (by their index in its words) whose directive with CONTEXT_WORDS either side would
 * not land on it, each with the context that does, or 0 where none up to MOST_CONTEXT does (the link then
 * highlights none of that word's runs, and lands by the block's #id).
 */
export type LandingContext = [word: number, context: number][];

/** Where a block's words need other context than CONTEXT_WORDS: `block` is where it is in `page.text`, `words` its text's words. */
export function landingContext(page: PageText, block: readonly [number, number], words: readonly string[]): LandingContext {
  const lands = (directive: string) => {
    const [d] = textDirectives(`#:~:text=${directive}`);
    const landing = d && !('error' in d) ? landingOf(page, d) : { error: 'malformed' };
    return !('error' in landing) && landing.from >= block[0] && landing.to <= block[1];
  };
  const context: LandingContext = [];
  words.forEach((_, i) => {
    let last: string | undefined;
    for (let k = CONTEXT_WORDS; k <= MOST_CONTEXT; k++) {
      const directive = textDirective(words, i, i, k);
      // Only punctuation (no directive), or the block's edges reached: more context adds no words.
      if (directive === undefined) return;
      if (directive === last) break;
      if (lands(directive)) {
        if (k !== CONTEXT_WORDS) context.push([i, k]);
        return;
      }
      last = directive;
    }
    context.push([i, 0]);
  });
  return context;
}
