import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { documentSchema } from '../../src/model/schema';
import { ENTRY_IDS, readEntry } from '../support/entries';

/** A ZodError's issues as `judgements.0.grade: must be one of ...` lines, as a build would show them. */
function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

/** The issues of parsing `input`, failing the test if it parses. */
function problemsOf(input: unknown): string[] {
  const result = documentSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected, but it parsed');
  return issueLines(result.error);
}

/** A known-good frontmatter to break one field at a time (2015 letter: single inspection framework, two judgements). */
const valid2015 = () => structuredClone(readEntry('2015-council-letter-to-stakeholders').frontmatter) as Record<string, any>;
/** The 2012 report: the safeguarding and looked after children framework, 22 judgements. */
const valid2012 = () => structuredClone(readEntry('2012-safeguarding-and-looked-after-children').frontmatter) as Record<string, any>;

describe('documentSchema accepts every committed document', () => {
  test.each(ENTRY_IDS)('%s', (id) => {
    const result = documentSchema.safeParse(readEntry(id).frontmatter);
    expect(result.success ? [] : issueLines(result.error)).toEqual([]);
  });
});

describe('documentSchema rejects bad frontmatter, naming the field and what is allowed', () => {
  test('a grade word that is not one of Ofsted’s', () => {
    const doc = valid2015();
    doc.judgements[0].grade = 'Satisfactory';
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "judgements.0.grade: must be one of: "Outstanding", "Good", "Adequate", "Requires improvement", "Requires improvement to be good", "Inadequate"",
      ]
    `);
  });

  test('a rank that does not match the grade', () => {
    const doc = valid2015();
    doc.judgements[1].rank = 3; // Good is 2
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "judgements.1.rank: must be 2 for the grade "Good" (1 Outstanding, 2 Good, 3 Adequate or Requires improvement, 4 Inadequate)",
      ]
    `);
  });

  test('a grade that is not on the scale of the document’s framework', () => {
    const doc = valid2015();
    doc.judgements[0].grade = 'Adequate';
    doc.judgements[0].rank = 3;
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "judgements.0.grade: "Adequate" is not on the scale of the Single inspection framework; must be one of: "Outstanding", "Good", "Requires improvement", "Requires improvement to be good", "Inadequate"",
      ]
    `);
  });

  test('a grade on one framework’s scale is accepted under that framework', () => {
    const doc = valid2012();
    expect(doc.judgements.some((j: { grade: string }) => j.grade === 'Adequate')).toBe(true);
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  test('a judgement in a document that names no framework', () => {
    const doc = valid2015();
    delete doc.framework;
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "judgements.0.grade: a judgement needs the document to name its framework, whose scale the grade is on",
        "judgements.1.grade: a judgement needs the document to name its framework, whose scale the grade is on",
      ]
    `);
  });

  test('a missing title', () => {
    const doc = valid2015();
    delete doc.title;
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "title: Invalid input: expected string, received undefined",
      ]
    `);
  });

  test('a missing issued date', () => {
    const doc = valid2015();
    delete doc.issued;
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "issued: Invalid input: expected object, received undefined",
      ]
    `);
  });

  test.each([
    ['a month that does not exist', '2012-13-01'],
    ['a date in words', '9 March 2012'],
    ['a day that does not exist in its month', '2012-02-30'],
  ])('a malformed date: %s (%s)', (_, date) => {
    const doc = valid2015();
    doc.issued.date = date;
    expect(problemsOf(doc)).toEqual([
      'issued.date: must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, such as "2012-03-09" or "2018-06"',
    ]);
  });

  test('an unquoted year in YAML, read as a number', () => {
    const doc = valid2015();
    doc.issued = parse('date: 2018\nas: undated\n');
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "issued.date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY (quote it in YAML)",
      ]
    `);
  });

  test('an inspection that ends before it starts', () => {
    const doc = valid2015();
    doc.inspected.to = '2015-09-01';
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "inspected.to: must not end before it starts",
      ]
    `);
  });

  test('a document type that is not one of the kinds', () => {
    const doc = valid2015();
    doc.documentType = 'ofsted-inspection';
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "documentType: must be one of: "ofsted-report", "ofsted-letter", "council-letter", "council-report"",
      ]
    `);
  });

  test('a block id that is not lower-case', () => {
    const doc = valid2015();
    doc.outcome.source = 'P1';
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "outcome.source: must be lower-case letters, digits and single hyphens, such as "p15" or "p28-3"",
      ]
    `);
  });

  test('a repair kind that is not one of the kinds', () => {
    const doc = valid2015();
    doc.repairs[0].kind = 'typo';
    expect(problemsOf(doc)).toMatchInlineSnapshot(`
      [
        "repairs.0.kind: must be one of: "split-paragraph", "displaced-number", "split-table-cell", "contents-page-numbers", "html-debris", "signature-image", "heading-grade", "lost-bullet", "run-together", "layout"",
      ]
    `);
  });
});
