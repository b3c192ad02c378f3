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
import { crownYears, listAnd, publishedBySentence, yearSpan, yearsOf, type Published } from '../../src/model/collection';
import { evidenceSummary } from '../../src/model/evidence';
import { journeyMarks, journeySummary } from '../../src/model/journey';
import { balanceSummary } from '../../src/model/theme-balance';
import type { FindingKind } from '../../src/model/vocabulary';
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
    expect(crownYears(documents)).toBe('2009 and 2012');
    expect(publishedBySentence(documents)).toBe(
      "The 2009 unannounced inspection letter and the 2012 safeguarding and looked after children inspection come from Ofsted; " +
        "the 2015 council letter to stakeholders, the 2018 report to the Scrutiny Committee and the 2018 post-inspection update come from Lancashire County Council.",
    );
  });

  test('a new document changes them', () => {
    const more = [doc(2012, 'Ofsted'), doc(2015, 'Council'), doc(2022, 'Ofsted')];
    expect(yearSpan(yearsOf(more))).toBe('2012 to 2022');
    expect(crownYears(more)).toBe('2012 and 2022');
    expect(publishedBySentence(more)).toBe("The 2012 document and the 2022 document come from Ofsted; the 2015 document comes from Council.");
  });
});

describe('journeySummary', () => {
  test('on the record: the grades in time order, the inspection that did not grade, the change of framework', () => {
    expect(journeySummary(inspections, journeyMarks(judgements))).toBe(
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
    expect(journeySummary(held, [row(2015, 'Good', 'Help'), row(2015, 'Inadequate', 'Care'), row(2022, 'Outstanding')])).toBe(
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

describe('balanceSummary', () => {
  const row = (document: string, strengths: number, weaknesses: number, unlabelled: number) => ({ document, year: 2012, label: `${document} report`, strengths, weaknesses, unlabelled });
  const kinds = new Map<string, Set<FindingKind>>([
    ['only-recommendations', new Set(['recommendation', 'context'])],
    ['no-labels', new Set(['judgement', 'context'])],
    ['all-labels', new Set(['strength', 'development', 'recommendation'])],
  ]);

  test('says why most findings are other findings only where the document labels no strengths or areas for development', () => {
    expect(balanceSummary([row('only-recommendations', 0, 1, 5), row('all-labels', 0, 0, 9), row('no-labels', 0, 0, 4)], kinds)).toMatch(
      /other findings\. Of the only-recommendations report's findings, only its recommendations are filed as one of these, so most of its findings on this theme count as other findings\. None of the no-labels report's findings is filed as a strength, an area for development or a recommendation, so all its findings count as other findings\.$/,
    );
    expect(balanceSummary([row('only-recommendations', 0, 3, 3)], kinds)).not.toMatch(/only-recommendations/);
  });

  test('on the record: every claim about a document holds for that theme and that document', () => {
    for (const { balance, summary } of themePages) {
      for (const [, label, what] of summary.matchAll(/(?:Of|None of) the (.+?)'s findings(?:, only its| is filed as a) (recommendations|strength)/g)) {
        const row = balance.find((r) => r.label === label)!;
        const own = new Set(findings.filter((f) => f.document === row.document).map((f) => f.kind));
        expect([own.has('strength'), own.has('development'), own.has('recommendation')], label).toEqual([false, false, what === 'recommendations']);
        expect(row.unlabelled * 2, label).toBeGreaterThan(row.strengths + row.weaknesses + row.unlabelled);
      }
    }
    expect(themePages.some((p) => /Of the 2012 safeguarding and looked after children inspection's findings, only its recommendations are filed as one of these/.test(p.summary))).toBe(true);
  });
});
