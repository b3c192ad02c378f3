/** The grade shown for a finding's section (src/model/sections.ts), on the real documents. */
import { describe, expect, test } from 'vitest';
import { sectionJudgement } from '../../src/model/sections';
import { loadDocuments } from '../../src/data/documents';


const documents = await loadDocuments();
const gradeOf = (documentId: string, findingId: string) => {
  const document = documents.find((d) => d.id === documentId)!;
  const { findings } = document;
  const j = sectionJudgement(findings.find((f) => f.id === findingId)!, findings, document.data.judgements);
  return j && [j.group ?? '', j.area, j.grade];
};

describe('sectionJudgement', () => {
  const REPORT = '2012-safeguarding-and-looked-after-children';

  test('a row of the record of main findings takes its own judgement, not the first row of the table', () => {
    expect(gradeOf(REPORT, 'main-findings-looked-after-overall-effectiveness')).toEqual([
      'Services for looked after children', 'Overall effectiveness', 'Good',
    ]);
    expect(gradeOf(REPORT, 'main-findings-looked-after-being-healthy')).toEqual(['Services for looked after children', 'Being healthy', 'Adequate']);
  });

  test('a paragraph takes the judgement stated in its section', () => {
    expect(gradeOf(REPORT, 'p99')).toEqual(['Services for looked after children', 'Being healthy', 'Adequate']);
    expect(gradeOf(REPORT, 'p47')).toEqual(['Safeguarding services', 'The contribution of health agencies to keeping children and young people safe', 'Adequate']);
  });

  test('a section without a judgement of its own has none', () => {
    expect(gradeOf(REPORT, 'p4')).toBeUndefined();
  });

  test('in the 2018 update, a section takes the judgement its heading names', () => {
    expect(gradeOf('2018-post-inspection-update', 'p12')).toEqual(['', 'Experiences and progress of care leavers', 'Requires improvement']);
    expect(gradeOf('2018-post-inspection-update', 'p10')).toEqual(['', 'Adoption performance', 'Good']);
  });
});
