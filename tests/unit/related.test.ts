import { describe, expect, it } from 'vitest';
import { findingsByDocument, relatedFindings } from '../../src/model/related';
import type { Finding } from '../../src/model/findings';

type Themed = Finding & { themes: string[] };
const finding = (document: string, id: string, themes: string[], kind: Finding['kind'] = 'unlabelled') =>
  ({ document, id, themes, kind }) as Themed;

const docs = ['d2009', 'd2012', 'd2015', 'd2018a', 'd2018b', 'd2021', 'd2024'];
const all = [
  finding('d2012', 'p1', ['care']),
  ...docs.flatMap((d) => [finding(d, 'a', ['care', 'health']), finding(d, 'b', ['health']), finding(d, 'c', ['care']), finding(d, 'd', ['care']), finding(d, 'g', ['care'], 'judgement')]),
];
const byDocument = findingsByDocument(docs, all);
const ids = (fs: Themed[]) => fs.map((f) => `${f.document}#${f.id}`);

describe('relatedFindings', () => {
  it('takes a few findings from each of the nearest documents, the most shared themes first, never judgements, in time order', () => {
    const p1 = byDocument.get('d2012')![0]!;
    expect(ids(relatedFindings(p1, byDocument, { perDocument: 2, documents: 3 }))).toEqual([
      'd2009#a', 'd2009#c', 'd2015#a', 'd2015#c', 'd2018a#a', 'd2018a#c',
    ]);
  });

  it('with the default limits, stays the same size however many documents there are', () => {
    const p1 = byDocument.get('d2012')![0]!;
    expect(relatedFindings(p1, byDocument)).toHaveLength(4 * 3);
  });

  it('skips documents with nothing on the subject, and looks only in the documents given', () => {
    const health = finding('d2012', 'x', ['health']);
    const later = new Map([...byDocument].slice(2));
    expect(ids(relatedFindings(health, later, { perDocument: 1, documents: 2 }))).toEqual(['d2015#a', 'd2018a#a']);
    expect(relatedFindings(finding('d2012', 'y', ['nothing']), byDocument)).toEqual([]);
  });
});
