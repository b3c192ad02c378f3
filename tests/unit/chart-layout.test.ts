/**
 * The charts' geometry (src/charts/journey.ts), computed
 * with D3 at build time. The snapshots of a compact summary are the contract:
 * a change to where a mark, band or bar goes shows up here first.
 */
import { describe, expect, test } from 'vitest';
import { JOURNEY_SIZE, journeyLayout, journeyPhoneLayout, shapeOf, shapePath, type JourneyLayout } from '../../src/charts/journey';
import { CHART_FONT, CHART_PHONE_WIDTH, CHART_WIDTH, textWidth, wrap } from '../../src/charts/text';
import { erasOf, journeyMarks, type Inspection } from '../../src/model/journey';
import type { JudgementRow } from '../../src/model/judgements';
import type { FrameworkId } from '../../src/model/vocabulary';
import { loadDocuments, loadJudgementRows } from '../../src/data/documents';
import { loadInspections } from '../../src/data/record';


const [realInspections, realJudgements] = await Promise.all([loadInspections(), loadJudgementRows()]);

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The journey layout in a few lines: what a reader sees, and where. */
function journeySummary(layout: JourneyLayout) {
  return {
    size: `${layout.width}×${layout.height}`,
    plot: `x ${layout.plot.left}–${layout.plot.right}, y ${layout.plot.top}–${layout.plot.bottom}`,
    bands: layout.bands.map((b) => `x ${r1(b.x)} w ${r1(b.width)}${b.shade ? ' shaded' : ''}: ${b.label.join(' / ')}`),
    scales: layout.scales.map((sc) => `x ${r1(sc.x)} ${sc.title.join(' ')}: ${sc.words.map((w) => w.lines.join(' ')).join(' | ')}`),
    rows: layout.rows.map((r) => `${r.rank} at y ${r1(r.y)}`),
    columns: layout.columns.map((c) => `${c.year} x ${r1(c.x)}${c.graded ? '' : ` ungraded: ${c.note!.join(' / ')}`}`),
    marks: layout.marks.map((m) => `${m.year} ${m.group || '-'} ${m.grade} (${m.rank}) at ${r1(m.x)},${r1(m.y)}, label ${m.label.join(' / ')}${m.groupLabel.length ? ` (${m.groupLabel.join(' / ')})` : ''}`),
    joins: layout.joins.map((j) => `${r1(j.x1)},${r1(j.y1)} → ${r1(j.x2)},${r1(j.y2)}`),
  };
}

/** Roughly how wide a label is: the wide layout's bold text (src/charts/text.ts). */
const labelWidth = (lines: string[], size = JOURNEY_SIZE.font) => Math.max(...lines.map((l) => textWidth(l, size, true)));

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
          "x 200 w 108 shaded: 2009: / unannounced / inspection",
          "x 314 w 216: 2012: safeguarding and / looked after children",
          "x 536 w 222 shaded: 2015–2018: single / inspection framework",
        ],
        "columns": [
          "2009 x 254 ungraded: Not graded: / no areas for / priority / action",
          "2012 x 422",
          "2015 x 590",
          "2018 x 704",
        ],
        "joins": [
          "590,356 → 704,264",
        ],
        "marks": [
          "2012 Safeguarding services Good (2) at 368,172, label Good (Safeguarding / services)",
          "2012 Services for looked after children Good (2) at 476,172, label Good (Services for / looked after / children)",
          "2015 - Inadequate (4) at 590,356, label Inadequate",
          "2018 - Requires improvement to be good (3) at 704,264, label Requires / improvement / to be good",
        ],
        "plot": "x 200–758, y 62–444",
        "rows": [
          "1 at y 80",
          "2 at y 172",
          "3 at y 264",
          "4 at y 356",
        ],
        "scales": [
          "x 0 2012 scale: 1 Outstanding | 2 Good | 3 Adequate | 4 Inadequate",
          "x 96 2015–2018 scale: 1 Outstanding | 2 Good | 3 Requires improvement | 4 Inadequate",
        ],
        "size": "760×468",
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
    for (const m of layout.marks) {
      expect(m.y).toBe(layout.rows.find((r) => r.rank === m.rank)!.y);
      const column = layout.columns.find((c) => c.year === m.year)!;
      // A column is as wide as its gridline on the mark's row.
      const grid = layout.rows.find((r) => r.rank === m.rank)!.gridlines.find((g) => g.x1 <= column.x && column.x <= g.x2)!;
      expect(m.x).toBeGreaterThan(grid.x1);
      expect(m.x).toBeLessThan(grid.x2);
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
      expect(m.labelY + layout.line * (m.label.length - 1)).toBeLessThanOrEqual(layout.plot.bottom);
    }
    layout.bands.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width + 1e-9);
      // Band labels start 4 units in and end inside their own band.
      expect(b.x + 4 + labelWidth(b.label)).toBeLessThanOrEqual(b.x + b.width);
      expect(i === 0 || b.x >= layout.bands[i - 1]!.x + layout.bands[i - 1]!.width).toBe(true);
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
          "x 200 w 108 shaded: 2009: / unannounced / inspection",
          "x 314 w 216: 2012: safeguarding and / looked after children",
          "x 536 w 222 shaded: 2015–2018: single / inspection framework",
        ],
        "columns": [
          "2009 x 254 ungraded: Not graded: / no areas for / priority / action",
          "2012 x 422",
          "2015 x 590",
          "2018 x 704",
        ],
        "joins": [
          "590,172 → 704,264",
        ],
        "marks": [
          "2012 Safeguarding services Outstanding (1) at 368,80, label Outstanding (Safeguarding / services)",
          "2012 Services for looked after children Inadequate (4) at 476,356, label Inadequate (Services for / looked after / children)",
          "2015 - Good (2) at 590,172, label Good",
          "2018 - Requires improvement to be good (3) at 704,264, label Requires / improvement / to be good",
        ],
        "plot": "x 200–758, y 62–444",
        "rows": [
          "1 at y 80",
          "2 at y 172",
          "3 at y 264",
          "4 at y 356",
        ],
        "scales": [
          "x 0 2012 scale: 1 Outstanding | 2 Good | 3 Adequate | 4 Inadequate",
          "x 96 2015–2018 scale: 1 Outstanding | 2 Good | 3 Requires improvement | 4 Inadequate",
        ],
        "size": "760×468",
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
    expect(layout.columns[0]).toMatchObject({ year: 2009, graded: false, note: layout.columns[0]!.note });
    expect(layout.columns[0]!.note!.join(' ')).toBe('Not graded: no areas for priority action');
  });

  test('no marks: columns and bands still drawn', () => {
    const empty = journeyLayout(inspections, erasOf(inspections), []);
    expect(empty.marks).toEqual([]);
    expect(empty.columns).toHaveLength(4);
    expect(empty.bands).toHaveLength(3);
    expect(empty.width).toBe(JOURNEY_SIZE.width);
  });
});

describe('journeyPhoneLayout on the real record', () => {
  const inspections = realInspections;
  const marks = journeyMarks(realJudgements);
  const layout = journeyPhoneLayout(inspections, erasOf(inspections), marks);
  /** A label's horizontal extent, by its anchor. */
  const extent = (m: (typeof layout.marks)[number]) => {
    const w = labelWidth(m.label, CHART_FONT);
    const start = m.anchor === 'start' ? m.labelX : m.anchor === 'end' ? m.labelX - w : m.labelX - w / 2;
    return [start, start + w] as const;
  };

  test('is as wide as the page column on a 320 px screen', () => {
    expect(layout.width).toBe(CHART_PHONE_WIDTH);
    expect(CHART_PHONE_WIDTH).toBeLessThanOrEqual(320 - 2 * 16);
  });

  test('one row per judgement, in order, each mark at its rank: better ranks to the left', () => {
    expect(layout.marks.map((m) => `${m.year} ${m.grade}`)).toEqual(marks.map((m) => `${m.year} ${m.grade}`));
    const x = (rank: number) => layout.marks.find((m) => m.rank === rank)?.x;
    expect(x(2)!).toBeLessThan(x(3)!);
    expect(x(3)!).toBeLessThan(x(4)!);
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  test('every label fits inside the chart, and each sits below its own mark, above the next', () => {
    layout.marks.forEach((m, i) => {
      const [start, end] = extent(m);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(layout.width);
      expect(m.labelY - CHART_FONT).toBeGreaterThan(m.y + Math.sqrt(130) - 1);
      const next = layout.marks[i + 1];
      if (next) expect(m.labelY + 15 * (m.label.length - 1)).toBeLessThan(next.y - Math.sqrt(130));
    });
    expect(layout.height).toBeGreaterThan(Math.max(...layout.marks.map((m) => m.labelY + 15 * (m.label.length - 1))));
  });

  test('the ungraded inspection has a note, and no mark', () => {
    expect(layout.rows.find((r) => r.year === 2009)?.note?.join(' ')).toMatch(/^Not graded: /);
    expect(layout.marks.some((m) => m.year === 2009)).toBe(false);
  });

  test('framework bands stack without gaps or overlaps, each holding its label', () => {
    layout.bands.forEach((b, i) => {
      const next = layout.bands[i + 1];
      if (next) expect(next.y).toBeCloseTo(b.y + b.height);
      expect(Math.max(...b.label.map((l) => textWidth(l, CHART_FONT, true)))).toBeLessThanOrEqual(layout.width - 8);
    });
  });
});
