/**
 * The one check of our quotations against the documents (src/model/quotations.ts):
 * the pages' quotations in content/quotations.yaml, quotes inside our own sentences,
 * and the page's lookup that refuses a quotation the file does not hold.
 */
import { describe, expect, test } from 'vitest';
import { checkProse, checkQuotes, quotationsFor, quotedSpans } from '../../src/model/quotations';
import { loadRecord } from '../../src/data/record';

// The quotations as the site loads them (the file's order kept), each read by its schema.
const { textOf: texts, quotations } = await loadRecord();
const REPORT = '2012-safeguarding-and-looked-after-children';

describe('checkQuotes', () => {
  test('finds no problems in content/quotations.yaml against the real text', () => {
    expect(quotations.length).toBeGreaterThan(10);
    expect(checkQuotes('content/quotations.yaml', quotations, texts)).toEqual([]);
  });

  test('a quote that is not the block’s words fails, naming the file, the entry and the block', () => {
    const wrong = { id: 'adequate', source: { document: REPORT, block: 'grade-scale-adequate-grade-3' }, quote: 'A service that meets minimum requirements' };
    expect(checkQuotes('content/quotations.yaml', [wrong], texts)).toEqual([
      `content/quotations.yaml adequate: the quote is not in ${REPORT}#grade-scale-adequate-grade-3`,
    ]);
  });

  test('a quote of a block that does not exist fails; whitespace and capitals do not', () => {
    expect(checkQuotes('f.yaml', [{ id: 'x', source: { document: REPORT, block: 'p999' }, quote: 'good' }], texts)).toEqual([`f.yaml x: ${REPORT}#p999 does not exist`]);
    expect(checkQuotes('f.yaml', [{ id: 'y', source: { document: REPORT, block: 'p20' }, quote: 'the  performance of\nthe LSCB is good' }], texts)).toEqual([]);
  });
});

describe('quotes inside our own sentences', () => {
  test('are the spans in curly quotes, without a trailing full stop or comma', () => {
    expect(quotedSpans('It says “The performance of the LSCB is good.” and “was also inspected”, then stops.')).toEqual([
      'The performance of the LSCB is good',
      'was also inspected',
    ]);
  });

  test('each must be in one of the blocks the sentence names', () => {
    const sources = [{ document: REPORT, block: 'p20' }];
    expect(checkProse('areas.yaml', 'lscb', 'It states “The performance of the LSCB is good”.', sources, texts)).toEqual([]);
    expect(checkProse('areas.yaml', 'lscb', 'It states “The LSCB is outstanding”.', sources, texts)).toEqual([
      `areas.yaml lscb: “The LSCB is outstanding” is not in ${REPORT}#p20`,
    ]);
    expect(checkProse('areas.yaml', 'lscb', 'It states “The performance of the LSCB is good”.', [], texts)).toEqual([
      'areas.yaml lscb: “The performance of the LSCB is good” is not in any block it names (give its sources)',
    ]);
  });
});

describe('quotationsFor', () => {
  test('hands a page its own quotations with links to their blocks, and refuses one the file does not hold for that page', () => {
    const grades = quotationsFor('/grades/', quotations);
    expect(grades.get('adequate-defined')).toMatchObject({ quote: 'A service that only meets minimum requirements', href: `/inspections/${REPORT}/#grade-scale-adequate-grade-3` });
    expect(() => grades.get('about-reuse-terms')).toThrow('content/quotations.yaml has no quotation "about-reuse-terms" for the page /grades/');
    expect(grades.aboutFramework('single-inspection-framework').map((q) => q.id)).toEqual(['looked-at-2015', 'emphasis-2015', 'looked-at-2018', 'lscb-2018']);
  });
});
