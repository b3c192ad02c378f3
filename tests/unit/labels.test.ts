import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/data/documents';
import { labelAndReading } from '../../src/model/readings';

const documents = await loadDocuments();
const labelsOf = (id: string) => documents.find((d) => d.id === id)!.labels;

describe('a point is named as a reader finds it on the page', () => {
  test('in a numbered report: its paragraph, the heading its list stands under, and its place in that list', () => {
    const report = labelsOf('2012-safeguarding-and-looked-after-children');
    expect(report.get('p28-1')).toBe('paragraph 28, “Immediately”, point 1');
    expect(report.get('p28-3')).toBe('paragraph 28, “Within three months”, point 1');
  });

  test('in an unnumbered document: the heading its list stands under, or the words its list follows', () => {
    expect(labelsOf('2018-scrutiny-committee-inspection-and-review').get('p8-4')).toBe('the list “Challenges”, point 1');
    expect(labelsOf('2015-council-letter-to-stakeholders').get('p5-6')).toBe('the list after “…issues we will be working to resolve”, point 6');
  });

  test('no point anywhere is named by a paragraph number its page does not show', () => {
    const unnumbered = documents.filter((d) => d.data.documentType !== 'ofsted-report');
    const named = unnumbered.flatMap((d) => [...d.labels.values()].filter((l) => / under paragraph \d/.test(l)));
    expect(named).toEqual([]);
  });
});

describe('labelAndReading', () => {
  test("tells the document's label from our reading, and leaves out a label the document does not give", () => {
    expect(labelAndReading({ kind: 'strength', reading: 'mixed' })).toBe("The document's label: Strength; our reading: mixed");
    expect(labelAndReading({ kind: 'recommendation', timescale: 'Within three months', reading: 'negative' })).toBe("The document's label: Recommendation, within three months; our reading: negative");
    expect(labelAndReading({ kind: 'unlabelled', reading: 'background' })).toBe('Our reading: background');
    expect(labelAndReading({ kind: 'unlabelled', reading: null })).toBe('');
  });
});
