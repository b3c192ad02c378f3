/** Our own sentences about the record (src/model/our-words.ts): how they are read, and what the check refuses. */
import { describe, expect, test } from 'vitest';
import { loadRecord } from '../../src/data/record';
import { checkOurWords, ourSentences, ourWordsSchema, pieces } from '../../src/model/our-words';

const { site, quotations } = await loadRecord();

describe('our words', () => {
  test('are our words, words set strong or as code, and quotations by id', () => {
    expect(pieces('**Not the same.** It defines adequate as {adequate-defined}, with `document` kept.')).toEqual([
      { strong: 'Not the same.' },
      { words: ' It defines adequate as ' },
      { quotation: 'adequate-defined' },
      { words: ', with ' },
      { code: 'document' },
      { words: ' kept.' },
    ]);
  });

  test('of the record quote only its pages’ own quotations, and a record may give none', () => {
    expect(ourSentences(site.words).length).toBeGreaterThan(5);
    expect(checkOurWords('content/site.yaml', site.words, quotations)).toEqual([]);
    expect(ourSentences(ourWordsSchema.parse(undefined))).toEqual([]);
  });

  test('refuse a quotation that is not one of the page’s, and markup in the data package’s plain words', () => {
    const words = ourWordsSchema.parse({ home: ['It says {no-such-quotation}.', 'And {looked-at-2009}.'], licenceSummary: 'It is **free**.' });
    expect(checkOurWords('content/site.yaml', words, quotations)).toEqual([
      'content/site.yaml: words.home[0]: {no-such-quotation} is not a quotation of content/quotations.yaml for the page /',
      'content/site.yaml: words.home[1]: {looked-at-2009} is not a quotation of content/quotations.yaml for the page /',
      'content/site.yaml: words.licenceSummary: plain words only (the data package shows no quotation or markup)',
    ]);
  });
});
