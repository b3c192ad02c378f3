/**
 * The sentences about the record as a whole and the charts' summaries (src/model/collection.ts,
 * journeySummary, evidenceSummary, balanceSummary), derived from the documents: on the real record,
 * each says what the documents state, and on made-up data a new document changes them.
 */
import { describe, expect, test } from 'vitest';
import { loadDocuments, loadJudgementRows } from '../../src/data/documents';
import { loadFindings } from '../../src/data/findings';
import { loadEvidence, loadInspections } from '../../src/data/record';
import { loadThemePages } from '../../src/data/themes';
import { crownYears, listAnd, possessive, publishedBySentence, yearSpan, yearsOf, type Published } from '../../src/model/collection';
import { evidenceSummary } from '../../src/model/evidence';
import { journeyMarks, journeySummary } from '../../src/model/journey';
import { balanceSummary, themeBalance } from '../../src/model/theme-balance';
import type { Reading } from '../../src/model/readings';
import { fakeInspection } from '../support/record';

const [documents, inspections, judgements, evidence, themePages, { findings }] = await Promise.all([
  loadDocuments(),
  loadInspections(),
  loadJudgementRows(),
  loadEvidence(),
  loadThemePages(),
  loadFindings(),
]);
const doc = (year: number, publisher: string, shortTitle = `${year} document`): Published => ({ year, data: { shortTitle, publisher } });

describe('the collection in words', () => {
  test('lists and spans years', () => {
    expect(listAnd([2009, 2012, 2015])).toBe('2009, 2012 and 2015');
    expect(yearSpan([2018, 2009, 2012])).toBe('2009 to 2018');
    expect(yearSpan([2012])).toBe('2012');
    expect(yearsOf([{ year: 2018 }, { year: 2012 }, { year: 2018 }])).toEqual([2012, 2018]);
  });

  test('on the record: the years held, and who published which document', () => {
    expect(yearSpan(yearsOf(documents))).toBe('2009 to 2018');
    expect(crownYears(documents, ['Ofsted'])).toBe('2009 and 2012');
    expect(publishedBySentence(documents)).toBe(
      "The 2009 unannounced inspection letter and the 2012 safeguarding and looked after children inspection come from Ofsted; " +
        "the 2015 council letter to stakeholders, the 2018 report to the Scrutiny Committee and the 2018 post-inspection update come from Lancashire County Council.",
    );
  });

  test('a new document changes them', () => {
    const more = [doc(2012, 'Ofsted'), doc(2015, 'Council'), doc(2022, 'Ofsted')];
    expect(yearSpan(yearsOf(more))).toBe('2012 to 2022');
    expect(crownYears(more, ['Ofsted'])).toBe('2012 and 2022');
    expect(possessive(['Ofsted', 'the Care Quality Commission'])).toBe("Ofsted's and the Care Quality Commission's");
    expect(publishedBySentence(more)).toBe("The 2012 document and the 2022 document come from Ofsted; the 2015 document comes from Council.");
  });
});

describe('journeySummary', () => {
  test('on the record: the grades in time order, the inspection that did not grade, the change of framework', () => {
    expect(journeySummary(inspections, journeyMarks(judgements), 'Lancashire')).toBe(
      'Lancashire went from good in 2012, for both safeguarding services and services for looked after children, ' +
        'to inadequate in 2015 and requires improvement to be good in 2018; ' +
        'the 2009 inspection did not grade and the framework changed between 2012 and 2015.',
    );
  });

  test('names each part’s grade where the parts differ, and an inspection whose grade no document states', () => {
    const row = (year: number, grade: string, group = '') => ({
      document: `doc-${year}`, year, framework: 'single-inspection-framework', group, area: 'Overall effectiveness', grade, rank: 2, source: '',
    });
    const held = [fakeInspection(2015, 'single-inspection-framework'), fakeInspection(2018, 'single-inspection-framework'), fakeInspection(2022, 'single-inspection-framework')];
    expect(journeySummary(held, [row(2015, 'Good', 'Help'), row(2015, 'Inadequate', 'Care'), row(2022, 'Outstanding')], 'Lancashire')).toBe(
      'Lancashire went from good for help and inadequate for care in 2015 to outstanding in 2022; no document we hold states the overall grade of the 2018 inspection.',
    );
  });
});

describe('evidenceSummary', () => {
  test('on the record: how many figures each document states', () => {
    expect(evidenceSummary(evidence)).toBe(
      'Each document states its own figures: the 2009 unannounced inspection letter states 1 figure (offices visited), ' +
        'the 2012 safeguarding and looked after children inspection states 6 figures, the 2015 council letter to stakeholders states 1 figure (inspectors) ' +
        'and the 2018 post-inspection update states 5 figures. A figure a document does not state is not shown.',
    );
  });
});

describe('themeBalance and balanceSummary', () => {
  test('count each reviewed finding on the theme by its reading; unread findings are not counted', () => {
    const f = (document: string, reading: Reading | null, themes: string[]) => ({ document, year: 2012, reading, themes });
    const rows = themeBalance([f('a', 'positive', ['t']), f('a', 'mixed', ['t']), f('a', 'negative', ['u']), f('b', 'background', ['t']), f('b', null, ['t'])], 't');
    expect(rows).toEqual([
      { document: 'a', year: 2012, positive: 1, mixed: 1, negative: 0, background: 0 },
      { document: 'b', year: 2012, positive: 0, mixed: 0, negative: 0, background: 1 },
    ]);
  });

  test('says the counts are our reading, and how many background findings the bars leave out', () => {
    const row = (background: number) => ({ document: 'a', year: 2012, label: 'A', positive: 1, mixed: 0, negative: 2, background });
    expect(balanceSummary([row(2)])).toMatch(/our reading, reviewed against the passage, not a label the document gives\. 2 findings set out background without judging; they are counted in the table, not drawn\.$/);
    expect(balanceSummary([row(0)])).not.toMatch(/background/);
  });

  test('on the record: the charts count exactly the findings on each theme that have a reading', () => {
    for (const { theme, balance, findings: own } of themePages) {
      const counted = balance.reduce((n, r) => n + r.positive + r.mixed + r.negative + r.background, 0);
      expect(counted, theme.id).toBe(own.filter((f) => f.reading).length);
    }
  });
});
