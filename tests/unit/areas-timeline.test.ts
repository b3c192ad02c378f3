/**
 * The record's cross-document data checked against the documents:
 * content/areas.yaml (checkAreas) and content/timeline.yaml (checkTimeline, and
 * that every date is one a document states).
 */
import { describe, expect, test } from 'vitest';
import { checkAreas, memberMatches, type AreaRow } from '../../src/model/areas';
import { MONTHS, parseDate } from '../../src/model/dates';
import { checkTimeline, inTimeOrder, type Moment } from '../../src/model/timeline';
import { loadDocuments, loadJudgementRows } from '../../src/data/documents';
import { loadAreas, loadBlockTexts, loadTimeline } from '../../src/data/record';


const [documents, judgements, texts, realAreas, realMoments] = await Promise.all([loadDocuments(), loadJudgementRows(), loadBlockTexts(), loadAreas(), loadTimeline()]);

const clone = <T>(value: T): T => structuredClone(value);

describe('memberMatches', () => {
  const member = { framework: 'safeguarding-and-looked-after-children' as const, group: 'Safeguarding services', area: 'Overall effectiveness', approximate: false };
  test('needs framework, group and area all equal; no group matches an empty group', () => {
    const j = { framework: 'safeguarding-and-looked-after-children', group: 'Safeguarding services', area: 'Overall effectiveness' };
    expect(memberMatches(member, j)).toBe(true);
    expect(memberMatches(member, { ...j, group: 'Services for looked after children' })).toBe(false);
    expect(memberMatches(member, { ...j, framework: 'single-inspection-framework' })).toBe(false);
    expect(memberMatches(member, { ...j, area: 'overall effectiveness' })).toBe(false);
    const sif = { framework: 'single-inspection-framework' as const, area: 'Overall effectiveness', approximate: false };
    expect(memberMatches(sif, { framework: 'single-inspection-framework', group: '', area: 'Overall effectiveness' })).toBe(true);
    expect(memberMatches(sif, { framework: 'single-inspection-framework', group: 'X', area: 'Overall effectiveness' })).toBe(false);
  });
});

describe('checkAreas', () => {
  const areas = realAreas;

  test('finds no problems in content/areas.yaml against the real judgements', () => {
    expect(checkAreas(areas, judgements)).toEqual([]);
  });

  test('every row the 2012 inspection did not grade has a note saying what the 2012 report says of it (the matrix promises one)', () => {
    const ungraded2012 = areas.filter((r) => !r.members.some((m) => m.framework === 'safeguarding-and-looked-after-children'));
    expect(ungraded2012.map((r) => r.id)).toEqual(['overall', 'adoption', 'care-leavers', 'lscb']);
    expect(ungraded2012.filter((r) => !/\b2012\b/.test(r.note ?? '')).map((r) => r.id)).toEqual([]);
  });

  test('areas.yaml row ids are unique', () => {
    const ids = areas.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('a member with a typo names the row and member, and leaves its judgement homeless', () => {
    const bad = clone(areas);
    const row = bad.find((r) => r.id === 'adoption')!;
    row.members[0]!.area = 'Adoption perfomance';
    expect(checkAreas(bad, judgements)).toMatchInlineSnapshot(`
      [
        "areas.yaml adoption.members[0]: no document grades "Adoption perfomance" under single-inspection-framework",
        "areas.yaml: "Adoption performance" under single-inspection-framework is in 0 rows; it must be in exactly one",
      ]
    `);
  });

  test('a member in the wrong group is a problem', () => {
    const bad = clone(areas);
    bad.find((r) => r.id === 'being-healthy')!.members[0]!.group = 'Safeguarding services';
    expect(checkAreas(bad, judgements)).toMatchInlineSnapshot(`
      [
        "areas.yaml being-healthy.members[0]: no document grades "Being healthy" in "Safeguarding services" under safeguarding-and-looked-after-children",
        "areas.yaml: "Being healthy" (Services for looked after children) under safeguarding-and-looked-after-children is in 0 rows; it must be in exactly one",
      ]
    `);
  });

  test('a member duplicated into a second row is a problem for each judgement it matches', () => {
    const bad = clone(areas);
    const overall = bad.find((r) => r.id === 'overall')!;
    bad.find((r) => r.id === 'help-and-protection')!.members.push(clone(overall.members[0]!));
    expect(checkAreas(bad, judgements)).toMatchInlineSnapshot(`
      [
        "areas.yaml: "Overall effectiveness" under single-inspection-framework is in 2 rows; it must be in exactly one",
        "areas.yaml: "Overall effectiveness" under single-inspection-framework is in 2 rows; it must be in exactly one",
      ]
    `);
  });

  test('a judgement no row holds is a problem', () => {
    const extra = { ...judgements[0]!, area: 'A new area', group: '' };
    expect(checkAreas(areas, [...judgements, extra])).toEqual([
      `areas.yaml: "A new area" under ${extra.framework} is in 0 rows; it must be in exactly one`,
    ]);
  });

  test('on small made-up data', () => {
    const rows: AreaRow[] = [
      { id: 'a', label: 'A', members: [{ framework: 'single-inspection-framework', area: 'X', approximate: false }] },
      { id: 'b', label: 'B', members: [{ framework: 'single-inspection-framework', area: 'Y', approximate: false }] },
    ];
    expect(checkAreas(rows, [{ framework: 'single-inspection-framework', area: 'X' }, { framework: 'single-inspection-framework', area: 'Y' }])).toEqual([]);
    expect(checkAreas(rows, [{ framework: 'single-inspection-framework', area: 'X' }])).toEqual([
      'areas.yaml b.members[0]: no document grades "Y" under single-inspection-framework',
    ]);
  });
});

describe('checkTimeline', () => {
  const moments = realMoments;

  test('finds no problems in content/timeline.yaml against the real text', () => {
    expect(moments.length).toBeGreaterThan(0);
    expect(checkTimeline(moments, texts)).toEqual([]);
  });

  test('timeline ids are unique', () => {
    const ids = moments.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('a quote the block does not contain is a problem', () => {
    const bad = clone(moments);
    bad.find((m) => m.id === '2011-fostering-outstanding')!.quote = 'was judged outstanding by Ofsted in September 2011';
    expect(checkTimeline(bad, texts)).toEqual([
      'timeline.yaml 2011-fostering-outstanding: the quote is not in 2012-safeguarding-and-looked-after-children#p141',
    ]);
  });

  test('a block or document that does not exist is a problem', () => {
    const bad = clone(moments);
    bad.find((m) => m.id === '2018-reinspection')!.source.block = 'p99';
    bad.find((m) => m.id === '2014-single-inspection-framework')!.source.document = 'no-such-document';
    expect(checkTimeline(bad, texts)).toEqual([
      'timeline.yaml 2014-single-inspection-framework: no-such-document#p2 does not exist',
      'timeline.yaml 2018-reinspection: 2018-post-inspection-update#p99 does not exist',
    ]);
  });

  test('a quote from the right words in the wrong block is a problem', () => {
    const bad = clone(moments);
    bad.find((m) => m.id === '2018-report')!.source.block = 'p4';
    expect(checkTimeline(bad, texts)).toEqual(['timeline.yaml 2018-report: the quote is not in 2018-post-inspection-update#p4']);
  });

  test('case and runs of white space do not matter; words do', () => {
    const moment: Moment = { id: 'm', date: '2018-06', event: 'e', source: { document: 'd', block: 'b' }, quote: 'In  june\n2018' };
    expect(checkTimeline([moment], () => 'In June 2018 Ofsted completed')).toEqual([]);
    expect(checkTimeline([moment], () => 'In July 2018 Ofsted completed')).toEqual(['timeline.yaml m: the quote is not in d#b']);
  });

  test('inTimeOrder sorts by date, a year before a month before a day in it', () => {
    const at = (id: string, date: string): Moment => ({ id, date, event: '', source: { document: 'd', block: 'b' }, quote: '' });
    expect(inTimeOrder([at('c', '2018-06-01'), at('a', '2018'), at('d', '2009-12-02'), at('b', '2018-06')]).map((m) => m.id)).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
  });
});

/**
 * Why a moment's date is not one its document states, or undefined. Where the quote
 * gives a date, the date must be those words ("2011-10" ↔ "October 2011", and no
 * more precise than they are); where the quote gives none, the date must be the
 * date of the source document itself (of its letter, report or inspection).
 */
function undated(moment: Moment): string | undefined {
  const quote = moment.quote;
  const hasDate = /\b(1|2)\d{3}\b/.test(quote) || MONTHS.some((m) => quote.includes(m));
  if (!hasDate) {
    const doc = documents.find((d) => d.id === moment.source.document);
    const own = [doc?.data.issued.date, doc?.data.inspected?.from, doc?.data.inspected?.to].filter(Boolean);
    return own.includes(moment.date) ? undefined : `${moment.id}: the quote states no date and ${moment.date} is not the date of ${moment.source.document} (${own.join(', ')})`;
  }
  const problems: string[] = [];
  for (const value of [moment.date, moment.to]) {
    if (value === undefined) continue;
    const { year, month, day } = parseDate(value)!;
    if (!new RegExp(`\\b${year}\\b`).test(quote)) problems.push(`year ${year} not in the quote`);
    if (month !== undefined) {
      const name = MONTHS[month - 1]!;
      if (!quote.includes(name)) problems.push(`${name} not in the quote`);
      else if (!new RegExp(`${name}\\W+(?:\\w+\\W+){0,2}?${year}\\b`).test(quote)) problems.push(`${name} not followed by ${year} in the quote`);
      if (day !== undefined && !new RegExp(`\\b${day}\\b[^.]*?\\b${name}\\b`).test(quote)) problems.push(`day ${day} of ${name} not in the quote`);
      // No more precise than the quote: a month-only date must not be quoted with a day.
      if (day === undefined && new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${name}`).test(quote)) problems.push(`the quote gives a day of ${name}; the date omits it`);
    } else if (MONTHS.some((m) => new RegExp(`${m}\\W+${year}`).test(quote))) {
      problems.push(`the quote gives a month of ${year}; the date omits it`);
    }
  }
  return problems.length ? `${moment.id} (${moment.date}${moment.to ? ` to ${moment.to}` : ''}, "${quote}"): ${problems.join('; ')}` : undefined;
}

describe('every timeline date is a date the documents state', () => {
  const moments = realMoments;

  test('every moment of content/timeline.yaml', () => {
    expect(moments.map(undated).filter(Boolean)).toEqual([]);
  });

  test('the dates in the real quotes, as the timeline reads them', () => {
    expect(moments.map((m) => `${m.date}${m.to ? `..${m.to}` : ''} ← ${m.quote}`)).toMatchInlineSnapshot(`
      [
        "2007 ← the poor level of service provision for looked after children reported in 2007",
        "2009-11-03..2009-11-04 ← which was conducted on 3 and 4 November 2009",
        "2009-12-02 ← 2 December 2009",
        "2010-12 ← undertaken in December 2010",
        "2011-10 ← was judged outstanding by Ofsted in October 2011",
        "2012-01-23..2012-02-03 ← Inspection dates: 23 January – 3 February 2012",
        "2012-03-09 ← Published: 9 March 2012",
        "2014 ← the single inspection framework, which came into place in 2014",
        "2015-09 ← our last inspection (September 2015)",
        "2015-11-27 ← Date: 27 November 2015",
        "2015-11-27 ← the Cabinet has agreed an additional investment of £5m in children's services",
        "2017-02 ← Since February 2017 there have been 13 different external inspections or reviews",
        "2018-03-14 ← Meeting to be held on Wednesday, 14 March 2018",
        "2018-06 ← In June 2018 Ofsted completed a four week re-inspection",
        "2018-08-17 ← The report, published on 17 August 2018",
        "2018-11 ← This will be presented to Cabinet for approval in November 2018",
      ]
    `);
  });

  test('the check catches a date the quote does not state', () => {
    const fostering = moments.find((m) => m.id === '2011-fostering-outstanding')!;
    expect(undated({ ...fostering, date: '2011-09' })).toMatch(/September not in the quote/);
    expect(undated({ ...fostering, date: '2011-10-01' })).toMatch(/day 1 of October not in the quote/);
    expect(undated({ ...fostering, date: '2011' })).toMatch(/gives a month of 2011/);
    expect(undated({ ...fostering, date: '2012-10' })).toMatch(/year 2012 not in the quote/);
    const visit = moments.find((m) => m.id === '2009-unannounced-inspection')!;
    expect(undated({ ...visit, to: '2009-11-05' })).toMatch(/day 5 of November not in the quote/);
    const investment = moments.find((m) => m.id === '2015-investment')!;
    expect(undated({ ...investment, date: '2015-12' })).toMatch(/states no date/);
  });

  test('the timeline is in time order, each event once', () => {
    expect(inTimeOrder(moments).map((m) => m.id)).toEqual(moments.map((m) => m.id));
  });

  test('only one moment takes its date from its document rather than from its quote', () => {
    // The £5m investment: agreed "by the date of the letter", which is all the letter says.
    const undatedQuotes = moments.filter((m) => !/\b(1|2)\d{3}\b/.test(m.quote));
    expect(undatedQuotes.map((m) => m.id)).toEqual(['2015-investment']);
  });
});
