/**
 * Which words of a block need more context than the usual four words for their text
 * fragment to land on the block (src/model/search-landing.ts), and the links
 * src/scripts/search-link.ts then makes.
 */
import { describe, expect, it } from 'vitest';
import { landingContext } from '../../src/model/search-landing';
import { textDirectives } from '../../src/model/text-directive';
import { idAt, landingOf, pageText } from '../../src/model/text-fragment';
import { hitUrl } from '../../src/scripts/search-link';
import { parseQuery } from '../../src/scripts/search-query';

const summary = 'Arrangements for auditing are good and the local authority knows its services well.';
const page = pageText(
  `<body><h1 id="top">Being healthy</h1><p id="p1">${summary}</p>` +
    `<p id="p2">${summary} Arrangements for auditing case files have improved since the last inspection of these services.</p>` +
    `<h2 id="h">Being healthy</h2></body>`,
);
const wordsOf = (id: string) => page.text.slice(...page.ids.get(id)!).trim().split(/\s+/);
const contextOf = (id: string) => landingContext(page, page.ids.get(id)!, wordsOf(id));

describe('the context a block’s words need to land on it', () => {
  it('is the usual where the words and their context are the block’s own', () => {
    expect(contextOf('p1')).toEqual([]);
  });

  it('is more for words of a sentence the page said before, as far as the block’s own words make them its own; none where nothing does', () => {
    const context = new Map(contextOf('p2'));
    const words = wordsOf('p2');
    // "auditing" in the repeated sentence: up to twelve words after it, p1's end and p2's start read the same across the break.
    expect(context.get(words.indexOf('auditing'))).toBe(0);
    expect(context.get(words.indexOf('services'))).toBeGreaterThan(4);
    // Words after the repeated sentence are p2's own.
    expect(context.has(words.lastIndexOf('inspection'))).toBe(false);
  });

  it('is none for a heading the page has before it in the same words', () => {
    expect(contextOf('h')).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});

describe('a result link with the context its block needs', () => {
  const shown = (id: string) => ({ url: `/d/#${id}`, text: wordsOf(id).join(' '), row: false, repeated: false, stands: [], context: contextOf(id) });
  const lands = (href: string, id: string) =>
    textDirectives(href).every((d) => {
      const landing = 'error' in d ? d : landingOf(page, d);
      return !('error' in landing) && idAt(page, landing.from) === id;
    });

  it('lands every directive on the block, and drops those that cannot', () => {
    for (const word of ['arrangements', 'auditing', 'services', 'inspection', 'knows']) {
      const href = hitUrl(shown('p2'), parseQuery(word));
      expect(lands(href, 'p2'), `${word}: ${href}`).toBe(true);
    }
    expect(hitUrl(shown('h'), parseQuery('healthy'))).toBe('/d/#h');
  });
});
