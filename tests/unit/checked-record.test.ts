/**
 * The record's one check (src/model/checked-record.ts) on the real content, as src/data/record.ts
 * hands it over, and on broken copies: every problem is collected and reported together, each naming
 * its file, entry and field; a document that cannot be read is reported once, not again by every
 * check that needs its facts. tests/build/bad-input.test.ts shows the same faults failing a real build.
 */
import { describe, expect, test } from 'vitest';
import { writtenContent } from '../../src/data/record';
import { checkRecord, type WrittenContent } from '../../src/model/checked-record';

const written = await writtenContent();
const LETTER = '2015-council-letter-to-stakeholders';
const LETTER_FILE = `content/inspections/${LETTER}.mdx`;

type Frontmatter = Record<string, unknown> & { judgements: Record<string, unknown>[]; issued: Record<string, unknown>; repairs: Record<string, unknown>[]; summary: string };

/** A copy of the content to break: the documents' frontmatter and the lists' items are copies too. */
function copy(): WrittenContent<unknown> {
  return structuredClone({ ...written, documents: written.documents.map((d) => ({ ...d, entry: undefined })) });
}
const frontmatter = (content: WrittenContent<unknown>, id: string) => content.documents.find((d) => d.id === id)!.data as Frontmatter;

describe('checkRecord', () => {
  test('finds no problem in the committed content, and hands back every document, finding and list', () => {
    const { record, problems } = checkRecord(written);
    expect(problems).toEqual([]);
    expect(record!.documents.map((d) => d.id)).toEqual(expect.arrayContaining(written.documents.map((d) => d.id)));
    expect(record!.documents).toHaveLength(written.documents.length);
    expect(record!.quotations).toHaveLength(written.quotations.length);
    expect(record!.changes).toHaveLength(written.changes.length);
    expect(record!.unread).toEqual([]);
  });

  test('reports every fault of every kind together, each naming its file, entry and field', () => {
    const content = copy();
    // A new entry breaking the schema in three places.
    const draft = structuredClone(content.documents.find((d) => d.id === LETTER)!);
    const bad = draft.data as Frontmatter;
    draft.id = `${LETTER}-draft`;
    draft.file = `content/inspections/${LETTER}-draft.mdx`;
    bad.judgements[0]!.grade = 'Very poor';
    bad.issued.date = '27/11/2015';
    delete bad.title;
    content.documents.push(draft);
    // The letter: a judgement citing a paragraph it does not have, a repair naming no change, a summary misquoting it.
    const letter = frontmatter(content, LETTER);
    letter.judgements[1]!.source = 'p99';
    letter.repairs[0]!.change = '2015-letter-repaired-again';
    letter.summary = letter.summary.replace('(“Dear Stakeholder”)', '(“Dear Partner”)');
    // A quotation on a page that is not its block's words.
    const quotation = (content.quotations as { id: string; quote: string }[]).find((q) => q.id === 'adequate-defined')!;
    quotation.quote = 'A service that meets minimum requirements';

    const { record, problems } = checkRecord(content);
    expect(record).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^content\/inspections\/2015-council-letter-to-stakeholders\.mdx: judgements\[1\]\.source: "p99" is not the id of any block/),
      `${LETTER_FILE}: summary: “Dear Partner” is not the document's words`,
      `content/inspections/${LETTER}-draft.mdx: title: Required`,
      expect.stringMatching(/^content\/inspections\/2015-council-letter-to-stakeholders-draft\.mdx: issued\.date: .*YYYY-MM-DD/),
      expect.stringMatching(/^content\/inspections\/2015-council-letter-to-stakeholders-draft\.mdx: judgements\.0\.grade: must be one of: .*"Requires improvement to be good"/),
      'content/quotations.yaml adequate-defined: the quote is not in 2012-safeguarding-and-looked-after-children#grade-scale-adequate-grade-3',
      `${LETTER}: a repair names "2015-letter-repaired-again", which is not a repair entry of this document in changes.yaml`,
    ]);
  });

  test('a document whose frontmatter cannot be read is reported once: its readings, changes, quotations and follow-ups wait for it', () => {
    const content = copy();
    delete frontmatter(content, LETTER).title;
    expect(checkRecord(content).problems).toEqual([`${LETTER_FILE}: title: Required`]);
  });

  test('a body that breaks the format is reported once, naming its file and line: the entries quoting it wait for it', () => {
    const content = copy();
    const letter = content.documents.find((d) => d.id === LETTER)!;
    letter.body = `${letter.body}\n<Paragraph id="p99">unclosed\n`;
    expect(checkRecord(content).problems).toEqual([`${LETTER_FILE}: line 73 of the body: not an element of the document format: "<Paragraph id=\\"p99\\">unclosed"`]);
  });

  test('a list item that breaks its schema names the file, the entry and the field; the others are still checked', () => {
    const content = copy();
    const [first, second] = content.quotations as { id: string; page?: string; quote: string }[];
    delete first!.page;
    second!.quote = 'words no document has';
    expect(checkRecord(content).problems).toEqual([
      `content/quotations.yaml ${first!.id}: page: Required`,
      expect.stringMatching(new RegExp(`^content/quotations\\.yaml ${second!.id}: the quote is not in `)),
    ]);
  });

  test('the glossary and the search files are read by their schemas too', () => {
    const content = copy();
    content.glossary = '- {id: x, term: XY, type: abbreviation, definition: "Something long enough to be a definition."}';
    content.synonyms = '- {reader: Two Words, documents: [x]}';
    expect(checkRecord(content).problems).toEqual([
      'content/glossary.yaml: 0.expansion: x: an abbreviation needs its expansion',
      'content/search-synonyms.yaml: 0.reader: one lower-case word',
    ]);
  });
});
