/**
 * The journey's data shaping (src/model/journey.ts): the framework eras, and the
 * marks the chart plots, on small made-up data and on the real record.
 */
import { describe, expect, test } from 'vitest';
import { erasOf, frameworkComparison, grades, journeyMarks, OVERALL_AREA, seriesOf } from '../../src/model/journey';
import type { JudgementRow } from '../../src/model/judgements';
import { loadJudgementRows } from '../../src/data/documents';
import { loadInspections } from '../../src/data/record';
import { fakeInspection } from '../support/record';


const [realInspections, realJudgements] = await Promise.all([loadInspections(), loadJudgementRows()]);

const inspection = fakeInspection;

const judgement = (year: number, area: string, grade: string, rank: number, group = ''): JudgementRow => ({
  document: `doc-${year}`,
  year,
  framework: year < 2014 ? 'safeguarding-and-looked-after-children' : 'single-inspection-framework',
  group,
  area,
  grade,
  rank,
  source: `/inspections/doc-${year}/#p1`,
});

describe('erasOf', () => {
  test('joins consecutive inspections under one framework into one era, in order', () => {
    const eras = erasOf([
      inspection(2009, 'unannounced-contact-referral-assessment'),
      inspection(2012, 'safeguarding-and-looked-after-children'),
      inspection(2015, 'single-inspection-framework'),
      inspection(2018, 'single-inspection-framework'),
    ]);
    expect(eras.map((e) => [e.framework, e.years])).toEqual([
      ['unannounced-contact-referral-assessment', [2009]],
      ['safeguarding-and-looked-after-children', [2012]],
      ['single-inspection-framework', [2015, 2018]],
    ]);
    expect(eras[2]).toMatchObject({ name: 'Single inspection framework', short: 'single inspection framework' });
  });

  test('starts a new era when a framework returns after another', () => {
    const eras = erasOf([
      inspection(2015, 'single-inspection-framework'),
      inspection(2016, 'safeguarding-and-looked-after-children'),
      inspection(2017, 'single-inspection-framework'),
    ]);
    expect(eras.map((e) => e.years)).toEqual([[2015], [2016], [2017]]);
  });

  test('has no eras for no inspections', () => {
    expect(erasOf([])).toEqual([]);
  });

  test('on the real record: 2009, 2012, then 2015 and 2018 as one single-inspection-framework era', () => {
    expect(erasOf(realInspections).map((e) => `${e.years.join('+')}: ${e.name}`)).toMatchInlineSnapshot(`
      [
        "2009: Annual unannounced inspection of contact, referral and assessment arrangements",
        "2012: Inspection of safeguarding and looked after children services",
        "2015+2018: Single inspection framework",
      ]
    `);
  });
});

describe('grades', () => {
  test('is false only for the framework without a scale (2009 unannounced inspection)', () => {
    expect(grades(inspection(2009, 'unannounced-contact-referral-assessment'))).toBe(false);
    expect(grades(inspection(2012, 'safeguarding-and-looked-after-children'))).toBe(true);
    expect(grades(inspection(2015, 'single-inspection-framework'))).toBe(true);
  });

  test('on the real record: only 2009 is ungraded', () => {
    expect(realInspections.filter((i) => !grades(i)).map((i) => i.year)).toEqual([2009]);
  });
});

describe('journeyMarks', () => {
  test('keeps the overall judgements only, in the order given', () => {
    const rows = [
      judgement(2012, OVERALL_AREA, 'Good', 2, 'Safeguarding services'),
      judgement(2012, 'Capacity for improvement', 'Outstanding', 1, 'Safeguarding services'),
      judgement(2012, OVERALL_AREA, 'Adequate', 3, 'Services for looked after children'),
      judgement(2015, 'Adoption performance', 'Good', 2),
      judgement(2015, OVERALL_AREA, 'Inadequate', 4),
    ];
    expect(journeyMarks(rows)).toEqual([rows[0], rows[2], rows[4]]);
  });

  test('matches the area exactly, not by its words', () => {
    expect(journeyMarks([judgement(2015, 'overall effectiveness', 'Good', 2), judgement(2015, 'Overall effectiveness of the LSCB', 'Good', 2)])).toEqual([]);
  });

  test('on the real record: exactly the four overall judgements, two in 2012, none for 2009', () => {
    const marks = journeyMarks(realJudgements);
    expect(marks.map((m) => `${m.year} ${m.group || '-'}: ${m.grade} (${m.rank})`)).toMatchInlineSnapshot(`
      [
        "2012 Safeguarding services: Good (2)",
        "2012 Services for looked after children: Good (2)",
        "2015 -: Inadequate (4)",
        "2018 -: Requires improvement to be good (3)",
      ]
    `);
    expect(marks.filter((m) => m.year === 2009)).toEqual([]);
    // Every mark is a judgement of a document that is a column of the chart.
    const documents = new Set(realInspections.map((i) => i.document));
    expect(marks.every((m) => documents.has(m.document))).toBe(true);
  });

  test('on the real record: nothing for a 2015 area other than the overall judgement', () => {
    const all = realJudgements.filter((j) => j.year === 2015);
    expect(all.length).toBeGreaterThan(1); // the LSCB judgement is there, and is not plotted
    expect(journeyMarks(all).map((m) => m.area)).toEqual([OVERALL_AREA]);
  });
});

describe('seriesOf', () => {
  test('names the 2012 group, or the framework where there is no group', () => {
    expect(seriesOf({ group: 'Safeguarding services', framework: 'safeguarding-and-looked-after-children' })).toBe(
      'Safeguarding services: overall effectiveness',
    );
    expect(seriesOf({ group: '', framework: 'single-inspection-framework' })).toBe('Overall effectiveness (Single inspection framework)');
    expect(seriesOf({ group: '', framework: 'some-other-framework' })).toBe('Overall effectiveness (some-other-framework)');
  });
});

describe('frameworkComparison', () => {
  test('says which grades share a framework and which comparisons cross a change of framework', () => {
    const eras = erasOf([
      inspection(2009, 'unannounced-contact-referral-assessment'),
      inspection(2012, 'safeguarding-and-looked-after-children'),
      inspection(2015, 'single-inspection-framework'),
      inspection(2018, 'single-inspection-framework'),
    ]);
    expect(frameworkComparison(eras)).toBe(
      'The 2009 inspection, under the framework for the annual unannounced inspection of contact, referral and assessment arrangements, gave no grades. ' +
        'The 2012 inspection was graded under the framework for the inspection of safeguarding and looked after children services. ' +
        'The 2015 and 2018 inspections were graded under the same framework, the single inspection framework, so their grades can be set side by side. ' +
        'Setting a grade of 2012 beside one of 2015 or 2018 crosses a change of framework: the areas judged and the words of the scale differ.',
    );
  });

  test('a later inspection under the same framework joins its era without any new wording', () => {
    const eras = erasOf([inspection(2015, 'single-inspection-framework'), inspection(2018, 'single-inspection-framework'), inspection(2023, 'single-inspection-framework')]);
    expect(frameworkComparison(eras)).toBe(
      'The 2015, 2018 and 2023 inspections were graded under the same framework, the single inspection framework, so their grades can be set side by side.',
    );
  });
});
