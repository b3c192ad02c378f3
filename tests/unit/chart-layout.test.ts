/**
 * The charts' geometry (src/charts/journey.ts, src/charts/evidence.ts), computed
 * with D3 at build time. The snapshots of a compact summary are the contract:
 * a change to where a mark, band or bar goes shows up here first.
 */
import { describe, expect, test } from 'vitest';
import { evidenceLayout, EVIDENCE_WIDTH, type EvidenceLayout } from '../../src/charts/evidence';
import { JOURNEY_SIZE, journeyLayout, shapeOf, shapePath, wrap, type JourneyLayout } from '../../src/charts/journey';
import type { EvidenceRow } from '../../src/model/evidence';
import { erasOf, journeyMarks, type Inspection } from '../../src/model/journey';
import type { JudgementRow } from '../../src/model/opendata';
import type { FrameworkId } from '../../src/model/vocabulary';
import { loadDocuments, loadJudgementRows } from '../../src/data/documents';
import { loadEvidence, loadInspections } from '../../src/data/record';


const [realDocuments, realInspections, realJudgements, realEvidence] = await Promise.all([loadDocuments(), loadInspections(), loadJudgementRows(), loadEvidence()]);

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The journey layout in a few lines: what a reader sees, and where. */
function journeySummary(layout: JourneyLayout) {
  return {
    size: `${layout.width}×${layout.height}`,
    plot: `x ${layout.plot.left}–${layout.plot.right}, y ${layout.plot.top}–${layout.plot.bottom}`,
    bands: layout.bands.map((b) => `x ${r1(b.x)} w ${r1(b.width)}${b.shade ? ' shaded' : ''}: ${b.label.join(' / ')}`),
    rows: layout.rows.map((r) => `y ${r1(r.y)}: ${r.label.join(' / ')}`),
    columns: layout.columns.map((c) => `${c.year} x ${r1(c.x)}${c.graded ? '' : ` ungraded: ${c.note!.join(' / ')}`}`),
    marks: layout.marks.map((m) => `${m.year} ${m.group || '-'} ${m.grade} (${m.rank}) at ${r1(m.x)},${r1(m.y)}, label ${m.label.join(' / ')}`),
  };
}

/** Roughly how wide a label is: 10-unit bold text, about 6 units a character. */
const labelWidth = (lines: string[]) => Math.max(...lines.map((l) => l.length)) * 6;

const inspection = (year: number, framework: FrameworkId, outcome = 'Some outcome'): Inspection => ({
  year,
  document: `doc-${year}`,
  framework,
  outcome,
  outcomeUrl: `/inspections/doc-${year}/#p1`,
});

const mark = (year: number, grade: string, rank: number, group = ''): JudgementRow => ({
  document: `doc-${year}`,
  year,
  framework: year < 2014 ? 'safeguarding-and-looked-after-children' : 'single-inspection-framework',
  group,
  area: 'Overall effectiveness',
  grade,
  rank,
  source: `/inspections/doc-${year}/#p1`,
});

describe('wrap', () => {
  test('breaks at spaces into lines of at most max characters', () => {
    expect(wrap('Requires improvement to be good', 11)).toEqual(['Requires', 'improvement', 'to be good']);
    expect(wrap('Good', 11)).toEqual(['Good']);
  });
  test('never splits a word, even one longer than max', () => {
    expect(wrap('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });
});

describe('shapes', () => {
  test('each series has its own shape, so marks differ without colour', () => {
    const paths = ['Safeguarding services', 'Services for looked after children', ''].map((g) => shapePath(g));
    expect(new Set(paths).size).toBe(3);
    expect(shapeOf('anything else')).toBe(shapeOf(''));
  });
});

describe('journeyLayout on the real record', () => {
  const inspections = realInspections;
  const marks = journeyMarks(realJudgements);
  const layout = journeyLayout(inspections, erasOf(inspections), marks);

  test('summary', () => {
    expect(journeySummary(layout)).toMatchInlineSnapshot(`
      {
        "bands": [
          "x 74 w 67.8 shaded: 2009: / unannounced / inspection",
          "x 146.1 w 67.8: 2012: / safeguarding / and looked / after / children",
          "x 218.2 w 139.8 shaded: 2015–2018: single / inspection framework",
        ],
        "columns": [
          "2009 x 107.9 ungraded: Not graded: / no areas / for / priority / action",
          "2012 x 180",
          "2015 x 252",
          "2018 x 324.1",
        ],
        "marks": [
          "2012 Safeguarding services Good (2) at 165.1,132, label Good",
          "2012 Services for looked after children Good (2) at 194.9,132, label Good",
          "2015 - Inadequate (4) at 252,260, label Inadequate",
          "2018 - Requires improvement to be good (3) at 324.1,196, label Requires / improvement / to be good",
        ],
        "plot": "x 74–358, y 52–296",
        "rows": [
          "y 68: 1 Outstanding",
          "y 132: 2 Good",
          "y 196: 3 Adequate or / requires / improvement",
          "y 260: 4 Inadequate",
        ],
        "size": "360×320",
      }
    `);
  });

  test('one mark per overall judgement, in the same order and with the same facts; none for 2009', () => {
    expect(layout.marks.map(({ document, year, group, grade, rank, source }) => ({ document, year, group, grade, rank, source }))).toEqual(
      marks.map(({ document, year, group, grade, rank, source }) => ({ document, year, group, grade, rank, source })),
    );
    expect(layout.marks.some((m) => m.year === 2009)).toBe(false);
    expect(layout.columns.find((c) => c.year === 2009)).toMatchObject({ graded: false });
    expect(layout.columns.filter((c) => c.year !== 2009).every((c) => c.graded && c.note === undefined)).toBe(true);
  });

  test('each mark sits on the row of its rank and within its year’s column', () => {
    const columnWidth = layout.bands[0]!.width; // the first era has one column
    for (const m of layout.marks) {
      expect(m.y).toBe(layout.rows.find((r) => r.rank === m.rank)!.y);
      const column = layout.columns.find((c) => c.year === m.year)!;
      expect(Math.abs(m.x - column.x)).toBeLessThan(columnWidth / 2);
    }
  });

  test('the two 2012 marks stand apart: neither the shapes nor the labels overlap', () => {
    const [a, b] = layout.marks.filter((m) => m.year === 2012);
    expect(a && b).toBeTruthy();
    const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
    // A d3 symbol of area 130 lies within sqrt(130) of its centre.
    expect(distance).toBeGreaterThan(2 * Math.sqrt(130));
    expect(Math.abs(a!.labelX - b!.labelX)).toBeGreaterThan((labelWidth(a!.label) + labelWidth(b!.label)) / 2);
  });

  test('the single inspection framework band spans the 2015 and 2018 columns', () => {
    const band = layout.bands.find((b) => b.label.join(' ').includes('single inspection framework'))!;
    for (const year of [2015, 2018]) {
      const x = layout.columns.find((c) => c.year === year)!.x;
      expect(x).toBeGreaterThan(band.x);
      expect(x).toBeLessThan(band.x + band.width);
    }
    expect(layout.bands.map((b) => b.shade)).toEqual([true, false, true]);
  });

  test('everything fits in the chart', () => {
    for (const m of layout.marks) {
      expect(m.x - labelWidth(m.label) / 2).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x + labelWidth(m.label) / 2).toBeLessThanOrEqual(layout.plot.right);
      expect(m.y + 19 + 11 * (m.label.length - 1)).toBeLessThanOrEqual(layout.plot.bottom);
    }
    layout.bands.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 1e-9);
      // Band labels: 9-unit bold text, about 5.4 units a character, from 3 units in;
      // each ends before the next band's label starts (or the chart's edge).
      const next = layout.bands[i + 1];
      expect(b.x + 3 + labelWidth(b.label) * (5.4 / 6)).toBeLessThanOrEqual(next ? next.x + 3 : layout.width);
    });
  });
});

describe('journeyLayout on made-up data', () => {
  const inspections = [
    inspection(2009, 'unannounced-contact-referral-assessment', 'No areas for priority action'),
    inspection(2012, 'safeguarding-and-looked-after-children'),
    inspection(2015, 'single-inspection-framework'),
    inspection(2018, 'single-inspection-framework'),
  ];
  const marks = [
    mark(2012, 'Outstanding', 1, 'Safeguarding services'),
    mark(2012, 'Inadequate', 4, 'Services for looked after children'),
    mark(2015, 'Good', 2),
    mark(2018, 'Requires improvement to be good', 3),
  ];
  const layout = journeyLayout(inspections, erasOf(inspections), marks);

  test('summary', () => {
    expect(journeySummary(layout)).toMatchInlineSnapshot(`
      {
        "bands": [
          "x 74 w 67.8 shaded: 2009: / unannounced / inspection",
          "x 146.1 w 67.8: 2012: / safeguarding / and looked / after / children",
          "x 218.2 w 139.8 shaded: 2015–2018: single / inspection framework",
        ],
        "columns": [
          "2009 x 107.9 ungraded: Not graded: / no areas / for / priority / action",
          "2012 x 180",
          "2015 x 252",
          "2018 x 324.1",
        ],
        "marks": [
          "2012 Safeguarding services Outstanding (1) at 165.1,68, label Outstanding",
          "2012 Services for looked after children Inadequate (4) at 194.9,260, label Inadequate",
          "2015 - Good (2) at 252,132, label Good",
          "2018 - Requires improvement to be good (3) at 324.1,196, label Requires / improvement / to be good",
        ],
        "plot": "x 74–358, y 52–296",
        "rows": [
          "y 68: 1 Outstanding",
          "y 132: 2 Good",
          "y 196: 3 Adequate or / requires / improvement",
          "y 260: 4 Inadequate",
        ],
        "size": "360×320",
      }
    `);
  });

  test('rank 1 is at the top, rank 4 at the bottom, evenly spaced', () => {
    const ys = layout.rows.map((r) => r.y);
    expect(layout.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(r1(ys[1]! - ys[0]!)).toBe(r1(ys[3]! - ys[2]!));
    const y = (rank: number) => layout.marks.find((m) => m.rank === rank)!.y;
    expect(y(1)).toBeLessThan(y(2));
    expect(y(2)).toBeLessThan(y(3));
    expect(y(3)).toBeLessThan(y(4));
    expect(y(1)).toBeGreaterThan(layout.plot.top);
  });

  test('two marks in one year stand side by side, whatever their ranks; one alone is centred', () => {
    const [a, b] = layout.marks;
    expect(a!.x).toBeLessThan(b!.x);
    const column = (year: number) => layout.columns.find((c) => c.year === year)!.x;
    expect(r1((a!.x + b!.x) / 2)).toBe(r1(column(2012)));
    expect(Math.abs(a!.x - b!.x)).toBeGreaterThan(2 * Math.sqrt(130));
    expect(layout.marks[2]!.x).toBe(column(2015));
  });

  test('two marks of the same rank in one year do not overlap', () => {
    const same = journeyLayout(inspections, erasOf(inspections), [mark(2012, 'Good', 2, 'Safeguarding services'), mark(2012, 'Good', 2, 'Services for looked after children')]);
    const [a, b] = same.marks;
    expect(a!.y).toBe(b!.y);
    expect(Math.abs(a!.x - b!.x)).toBeGreaterThan(2 * Math.sqrt(130));
    expect(Math.abs(a!.labelX - b!.labelX)).toBeGreaterThan(labelWidth(a!.label));
  });

  test('the ungraded year carries its outcome as a note, not a mark', () => {
    expect(layout.columns[0]).toMatchObject({ year: 2009, graded: false, note: ['Not graded:', 'no areas', 'for', 'priority', 'action'] });
  });

  test('no marks: columns and bands still drawn', () => {
    const empty = journeyLayout(inspections, erasOf(inspections), []);
    expect(empty.marks).toEqual([]);
    expect(empty.columns).toHaveLength(4);
    expect(empty.bands).toHaveLength(3);
    expect(empty.width).toBe(JOURNEY_SIZE.width);
  });
});

/** The evidence layout in a few lines. */
function evidenceSummary(layout: EvidenceLayout) {
  return {
    size: `${layout.width}×${layout.height}`,
    groups: layout.groups.map((g) => `y ${g.y}: ${g.label}`),
    bars: layout.bars.map((b) => `y ${b.y} w ${r1(b.barWidth)}: ${b.measure} ${b.value}`),
  };
}

const evidence = (inspection: string, measure: string, value: number): EvidenceRow => ({
  document: inspection.toLowerCase().replace(/\W+/g, '-'),
  year: 2000,
  inspection,
  measure,
  value,
  source: '/inspections/x/#p1',
});

describe('evidenceLayout', () => {
  test('on made-up data', () => {
    const layout = evidenceLayout([evidence('A', 'Cases', 100), evidence('A', 'People', 50), evidence('B', 'Staff', 25)]);
    expect(evidenceSummary(layout)).toMatchInlineSnapshot(`
      {
        "bars": [
          "y 43 w 360: Cases 100",
          "y 77 w 180: People 50",
          "y 149 w 90: Staff 25",
        ],
        "groups": [
          "y 18: A",
          "y 124: B",
        ],
        "size": "400×170",
      }
    `);
  });

  test('bar widths are proportional to the values, on one scale for every inspection', () => {
    const layout = evidenceLayout([evidence('A', 'Cases', 100), evidence('A', 'People', 50), evidence('B', 'Staff', 25), evidence('B', 'Visits', 3)]);
    const perUnit = layout.bars.map((b) => b.barWidth / Number(b.value));
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 9);
  });

  test('a zero is still drawn, as a hairline', () => {
    const layout = evidenceLayout([evidence('A', 'Cases', 100), evidence('A', 'None', 0)]);
    expect(layout.bars[1]!.barWidth).toBe(1);
  });

  describe('on the real record', () => {
    const rows = realEvidence;
    const layout = evidenceLayout(rows);

    test('summary', () => {
      expect(evidenceSummary(layout)).toMatchInlineSnapshot(`
        {
          "bars": [
            "y 43 w 3.9: Offices visited 3",
            "y 115 w 6.4: Her Majesty's Inspectors (HMI) 5",
            "y 149 w 1.3: Additional inspectors 1",
            "y 183 w 2.6: Care Quality Commission inspectors 2",
            "y 217 w 111.9: Children and young people spoken to 87",
            "y 251 w 41.1: Parents spoken to 32",
            "y 285 w 108: Case files reviewed 84",
            "y 357 w 15.4: Inspectors 12",
            "y 429 w 195.4: Children's cases looked at in detail 152",
            "y 463 w 123.4: Formal interviews and focus groups 96",
            "y 497 w 344.6: Staff and partners involved in them 268",
            "y 531 w 186.4: Evidence documents submitted 145",
            "y 565 w 129.9: Responses to inspectors' enquiries 101",
          ],
          "groups": [
            "y 18: 2009 unannounced inspection letter",
            "y 90: 2012 safeguarding and looked after children inspection",
            "y 332: 2015 council letter to stakeholders",
            "y 404: 2018 post-inspection update",
          ],
          "size": "400×586",
        }
      `);
    });

    test('one bar per stated figure, in order, carrying its facts', () => {
      expect(layout.bars.map(({ document, year, inspection, measure, value, source }) => ({ document, year, inspection, measure, value, source }))).toEqual(rows);
    });

    test('one group per inspection document, in time order', () => {
      expect(layout.groups.map((g) => g.label)).toEqual([...new Set(rows.map((r) => r.inspection))]);
      expect(layout.groups.map((g) => g.label)).toEqual(realInspections.map((i) => realDocuments.find((d) => d.id === i.document)!.data.shortTitle));
    });

    test('bar widths are proportional to the values, and the largest fits', () => {
      const perUnit = layout.bars.map((b) => b.barWidth / Number(b.value));
      for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 9);
      // The value is written after its bar: 11-unit bold digits, about 7 units each.
      const widest = Math.max(...layout.bars.map((b) => b.valueX + String(b.value).length * 7));
      expect(widest).toBeLessThanOrEqual(EVIDENCE_WIDTH);
      for (const b of layout.bars) expect(b.valueX).toBeGreaterThan(b.barWidth);
    });

    test('bars and labels do not overlap, top to bottom, and fit the height', () => {
      let bottom = -Infinity;
      for (const b of layout.bars) {
        expect(b.labelY - 11).toBeGreaterThanOrEqual(bottom); // an 11-unit label above its bar
        expect(b.y).toBeGreaterThan(b.labelY);
        bottom = b.y + 10;
      }
      expect(bottom).toBeLessThanOrEqual(layout.height);
    });
  });
});
