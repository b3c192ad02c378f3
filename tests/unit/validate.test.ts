import { describe, expect, test } from 'vitest';
import { parseBody, type Block } from '../../src/model/body';
import { documentSchema, type InspectionDocument } from '../../src/model/schema';
import { checkDocument } from '../../src/model/validate';
import { ENTRY_IDS, readEntry } from '../support/entries';

const load = (id: string): { data: InspectionDocument; blocks: Block[] } => {
  const entry = readEntry(id);
  return { data: documentSchema.parse(entry.frontmatter), blocks: parseBody(entry.body) };
};

/** The 2015 letter: judgements, evidence, the address of Ofsted's report and repairs, in a short body. */
const letter = () => load('2015-council-letter-to-stakeholders');

describe('checkDocument finds no problems in the committed documents', () => {
  test.each(ENTRY_IDS)('%s', (id) => {
    const { data, blocks } = load(id);
    expect(checkDocument(data, blocks)).toEqual([]);
  });
});

describe('checkDocument names the field, the bad value and what is allowed', () => {
  test('a judgement citing a block id that does not exist', () => {
    const { data, blocks } = letter();
    data.judgements[0]!.source = 'p99';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "judgements[0].source: "p99" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
      ]
    `);
  });

  test('a judgement whose grade is not stated in the block it cites', () => {
    const { data, blocks } = letter();
    data.judgements[0]!.source = 'p2'; // says nothing of "Inadequate"
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "judgements[0].grade: "Inadequate" is not stated in p2 ("This was the county council's first inspection under the single inspection framework, which came int"); cite the block that states this grade",
      ]
    `);
  });

  test('a grade is matched as a word: "Adequate" is not stated by a block that says "inadequate"', () => {
    const { data, blocks } = letter();
    data.judgements[0]!.grade = 'Adequate'; // p1: "… has been judged as inadequate."
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "judgements[0].grade: "Adequate" is not stated in p1 ("Following a recent inspection by Ofsted, I am writing to inform you that the overall effectiveness o"); cite the block that states this grade",
      ]
    `);
  });

  test('an alsoStatedIn id that does not exist', () => {
    const { data, blocks } = letter();
    data.judgements[1]!.alsoStatedIn = ['p10', 'p77'];
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "judgements[1].alsoStatedIn[1]: "p77" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
      ]
    `);
  });

  test('an evidence quote that is not in its block', () => {
    const { data, blocks } = letter();
    data.evidence[0]!.quote = 'involved 12 social workers';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "evidence[0].quote: these words are not in p3: "involved 12 social workers"",
      ]
    `);
  });

  test('an evidence value that is not in its quote', () => {
    const { data, blocks } = letter();
    data.evidence[0]!.value = 14;
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "evidence[0].value: 14 does not appear in its quote "involved 12 inspectors"",
      ]
    `);
  });

  test('an evidence value is matched as a number: 2 is not in "12 inspectors"', () => {
    const { data, blocks } = letter();
    data.evidence[0]!.value = 2;
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "evidence[0].value: 2 does not appear in its quote "involved 12 inspectors"",
      ]
    `);
  });

  test('an evidence value may be spelled out in its quote', () => {
    const { data, blocks } = load('2012-safeguarding-and-looked-after-children');
    expect(data.evidence.find((e) => e.quote.startsWith('five '))?.value).toBe(5);
    data.evidence = [{ measure: 'HMI', value: 6, quote: "five of Her Majesty's Inspectors (HMI)", source: 'p1' }];
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "evidence[0].value: 6 does not appear in its quote "five of Her Majesty's Inspectors (HMI)"",
      ]
    `);
  });

  test('two blocks with the same id', () => {
    const { data, blocks } = letter();
    blocks.push({ type: 'paragraph', id: 'p5', text: 'A second paragraph with the id of the fifth.' });
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "body: the id "p5" is used twice; every block needs its own id",
      ]
    `);
  });

  test('a repair pinned to a block that does not exist', () => {
    const { data, blocks } = letter();
    data.repairs[1]!.at = 'p120';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "repairs[1].at: "p120" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
      ]
    `);
  });

  test('an address of Ofsted’s report that is not the address stated in its source block', () => {
    const { data, blocks } = letter();
    data.ofstedReport!.url = 'https://www.gov.uk/government/organisations/ofsted';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "ofstedReport.url: https://www.gov.uk/government/organisations/ofsted is not the address stated in p12",
      ]
    `);
  });

  test('an original URL that is not the address stated in its source block', () => {
    const { data, blocks } = load('2012-safeguarding-and-looked-after-children');
    data.original!.url = 'https://www.gov.uk/government/organisations/ofsted';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "original.url: https://www.gov.uk/government/organisations/ofsted is not the address stated in cover-copies",
      ]
    `);
  });

  test('the council’s documents give the address of Ofsted’s report, not of their own original', () => {
    for (const id of ['2015-council-letter-to-stakeholders', '2018-post-inspection-update']) {
      const { data } = load(id);
      expect(data.original, id).toBeUndefined();
      expect(data.ofstedReport?.url, id).toMatch(/^https?:\/\/reports\.ofsted\.gov\.uk\//);
    }
  });

  test('outcome, inspected, issued and Ofsted report sources that do not exist', () => {
    const { data, blocks } = letter();
    data.outcome.source = 'outcome';
    data.inspected!.source = 'dates';
    data.issued.source = 'date';
    data.ofstedReport!.source = 'link';
    expect(checkDocument(data, blocks)).toMatchInlineSnapshot(`
      [
        "outcome.source: "outcome" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
        "inspected.source: "dates" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
        "issued.source: "date" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
        "ofstedReport.source: "link" is not the id of any block in the text; ids there are letterhead, salutation, subject … sign-off, signatory",
      ]
    `);
  });
});
