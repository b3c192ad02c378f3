/** The shaping behind /grades/ (src/model/grades.ts), on the real record and on made-up blocks. */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/body';
import { gradeScale, gradeWordsByDocument, judgementsStated, scaleWord } from '../../src/model/grades';
import { erasOf } from '../../src/model/journey';
import { loadDocuments, loadJudgementRows } from '../../src/data/documents';
import { fakeInspection } from '../support/record';

const [documents, judgements] = await Promise.all([loadDocuments(), loadJudgementRows()]);

describe('gradeScale', () => {
  test('finds the scale a document states, whatever its table is called', () => {
    const scale = gradeScale(documents)!;
    expect(scale.document).toBe('2012-safeguarding-and-looked-after-children');
    expect(scale.rows.map((r) => r.grade)).toEqual(['Outstanding (Grade 1)', 'Good (Grade 2)', 'Adequate (Grade 3)', 'Inadequate (Grade 4)']);
    expect(scale.rows[2]!.meaning).toBe('A service that only meets minimum requirements');
  });

  test('ignores tables that are not a scale (the record of main findings grades areas, not grades)', () => {
    const table: Block = { type: 'table', id: 'findings', bodies: [[{ type: 'row', id: 'r1', depth: 0, header: 'Overall effectiveness', cells: ['Good'] }]] };
    expect(gradeScale([{ id: 'doc', blocks: [table] }])).toBeUndefined();
  });
});

describe('judgementsStated', () => {
  test('counts, for each inspection of an era, the judgements its document states', () => {
    const eras = erasOf([
      fakeInspection(2012, 'safeguarding-and-looked-after-children'),
      fakeInspection(2015, 'single-inspection-framework'),
      fakeInspection(2018, 'single-inspection-framework'),
    ]);
    expect(judgementsStated(eras[0]!, judgements).map((s) => [s.year, s.count])).toEqual([[2012, 22]]);
    expect(judgementsStated(eras[1]!, judgements).map((s) => [s.year, s.count])).toEqual([[2015, 2], [2018, 6]]);
  });
});

describe('gradeWordsByDocument', () => {
  test('gives the grade words each later document uses, in its order, and which of them the 2012 scale has', () => {
    const scale = gradeScale(documents)!;
    expect(scale.rows.map(scaleWord)).toEqual(['outstanding', 'good', 'adequate', 'inadequate']);
    const byDocument = gradeWordsByDocument(scale, judgements).map((d) => [d.year, d.words.map((w) => `${w.word}${w.inScale ? '' : ' (not on the scale)'}`)]);
    expect(byDocument).toEqual([
      [2015, ['inadequate', 'good']],
      [2018, ['requires improvement to be good (not on the scale)', 'requires improvement (not on the scale)', 'good']],
    ]);
  });

  test('links each word to the first judgement that states it', () => {
    const d2018 = gradeWordsByDocument(gradeScale(documents)!, judgements).find((d) => d.year === 2018)!;
    expect(d2018.words.map((w) => w.source.split('#')[1])).toEqual(['p2', 'judgements-1', 'judgements-2-1']);
  });
});
