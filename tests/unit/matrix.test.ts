/**
 * The judgement matrix (src/model/matrix.ts): a cell is judged, not stated or
 * not judged for the right reason, and every judgement lands in exactly one cell.
 */
import { describe, expect, test } from 'vitest';
import type { AreaRow } from '../../src/model/areas';
import { buildMatrix, CELL_WORDS, MATRIX_FIELDS, matrixGroups, matrixRecords, type Cell, type MatrixRow } from '../../src/model/matrix';
import type { JudgementRow } from '../../src/model/judgements';
import { loadJudgementRows } from '../../src/data/documents';
import { loadAreas, loadInspections } from '../../src/data/record';
import { fakeInspection } from '../support/record';


const SLAC = 'safeguarding-and-looked-after-children';
const SIF = 'single-inspection-framework';

const inspection = fakeInspection;
const realRecord = await Promise.all([loadInspections(), loadJudgementRows(), loadAreas()]);

const judgement = (year: number, framework: string, area: string, grade: string, rank: number, group = ''): JudgementRow => ({
  document: `doc-${year}`,
  year,
  framework,
  group,
  area,
  grade,
  rank,
  source: `/inspections/doc-${year}/#${area.toLowerCase().replace(/\W+/g, '-')}`,
});

const INSPECTIONS = [
  inspection(2009, 'unannounced-contact-referral-assessment'),
  inspection(2012, SLAC),
  inspection(2015, SIF),
  inspection(2018, SIF),
];

const AREAS: AreaRow[] = [
  { id: 'overall', label: 'Overall', members: [{ framework: SIF, area: 'Overall effectiveness', approximate: false }] },
  {
    id: 'protection',
    label: 'Help and protection',
    note: 'Approximately the same',
    members: [
      { framework: SLAC, group: 'Safeguarding services', area: 'Overall effectiveness', approximate: true },
      { framework: SIF, area: 'Children who need help and protection', approximate: false },
    ],
  },
  {
    id: 'leadership',
    label: 'Leadership',
    members: [
      { framework: SLAC, group: 'Safeguarding services', area: 'Leadership and management', approximate: true },
      { framework: SLAC, group: 'Services for looked after children', area: 'Leadership and management', approximate: true },
      { framework: SIF, area: 'Leadership, management and governance', approximate: false },
    ],
  },
];

const JUDGEMENTS = [
  judgement(2012, SLAC, 'Overall effectiveness', 'Good', 2, 'Safeguarding services'),
  judgement(2012, SLAC, 'Leadership and management', 'Good', 2, 'Safeguarding services'),
  judgement(2012, SLAC, 'Leadership and management', 'Outstanding', 1, 'Services for looked after children'),
  judgement(2015, SIF, 'Overall effectiveness', 'Inadequate', 4),
  judgement(2018, SIF, 'Overall effectiveness', 'Requires improvement to be good', 3),
  judgement(2018, SIF, 'Children who need help and protection', 'Requires improvement', 3),
  judgement(2018, SIF, 'Leadership, management and governance', 'Requires improvement', 3),
];

/** A cell in a few words: "not-judged", "not-stated", or its grades and ranks. */
const word = (cell: Cell) =>
  cell.status === 'judged'
    ? cell.entries.map((e) => `${e.approximate ? '≈' : ''}${e.grade} ${e.rank}${e.group ? ` (${e.group})` : ''}`).join(' + ')
    : cell.status;
const grid = (rows: MatrixRow[]) => Object.fromEntries(rows.map((r) => [r.id, r.cells.map(word)]));

describe('buildMatrix on made-up data', () => {
  const matrix = buildMatrix(AREAS, INSPECTIONS, JUDGEMENTS);

  test('one row per area row, in order, one cell per inspection, with label and note', () => {
    expect(matrix.map((r) => r.id)).toEqual(['overall', 'protection', 'leadership']);
    expect(matrix.every((r) => r.cells.length === INSPECTIONS.length)).toBe(true);
    expect(matrix[1]).toMatchObject({ label: 'Help and protection', note: 'Approximately the same' });
    expect(matrix[0]).not.toHaveProperty('note');
  });

  test('not judged where the framework has no member in the row; not stated where it has one but no document grades it', () => {
    expect(grid(matrix)).toEqual({
      overall: ['not-judged', 'not-judged', 'Inadequate 4', 'Requires improvement to be good 3'],
      protection: ['not-judged', '≈Good 2 (Safeguarding services)', 'not-stated', 'Requires improvement 3'],
      leadership: [
        'not-judged',
        '≈Good 2 (Safeguarding services) + ≈Outstanding 1 (Services for looked after children)',
        'not-stated',
        'Requires improvement 3',
      ],
    });
  });

  test('a judged cell carries the area, group and source of each judgement', () => {
    const cell = matrix[2]!.cells[1]!;
    expect(cell.status).toBe('judged');
    if (cell.status !== 'judged') return;
    expect(cell.entries[1]).toEqual({
      area: 'Leadership and management',
      group: 'Services for looked after children',
      grade: 'Outstanding',
      rank: 1,
      approximate: true,
      source: '/inspections/doc-2012/#leadership-and-management',
    });
  });

  test('a judgement of another document, or in another group, is not taken', () => {
    const other = { ...JUDGEMENTS[3]!, document: 'someone-else' };
    const wrongGroup = judgement(2012, SLAC, 'Overall effectiveness', 'Inadequate', 4, 'Services for looked after children');
    const m = buildMatrix(AREAS, INSPECTIONS, [other, wrongGroup]);
    expect(grid(m).overall![2]).toBe('not-stated');
    expect(grid(m).protection![1]).toBe('not-stated');
  });

  test('the words for cells with no grade', () => {
    expect(CELL_WORDS).toEqual({ 'not-stated': 'Not stated in the documents held', 'not-judged': 'Not graded' });
  });
});

describe('matrixGroups on made-up data', () => {
  const areas: AreaRow[] = [
    ...AREAS,
    { id: 'health', label: 'Health', members: [{ framework: SLAC, group: 'Safeguarding services', area: 'Health', approximate: false }] },
    { id: 'never', label: 'Never', members: [{ framework: SIF, area: 'Adoption performance', approximate: false }] },
  ];
  const groups = matrixGroups(buildMatrix(areas, INSPECTIONS, [...JUDGEMENTS, judgement(2012, SLAC, 'Health', 'Adequate', 3, 'Safeguarding services')]), INSPECTIONS);

  test('both frameworks first, then the latest framework alone, then the earlier one alone, then never graded', () => {
    expect(groups.map((g) => [g.frameworks.join('+'), g.rows.map((r) => r.id).join(' ')])).toEqual([
      [`${SLAC}+${SIF}`, 'protection leadership'],
      [SIF, 'overall'],
      [SLAC, 'health'],
      ['', 'never'],
    ]);
  });

  test('only a group graded under earlier frameworks alone is not current (a phone folds it)', () => {
    expect(groups.map((g) => g.current)).toEqual([true, true, false, true]);
  });

  test("a group's judgements are every judgement its rows show, for the folded group's summary", () => {
    expect(groups.map((g) => g.judged.map((e) => e.grade))).toEqual([
      ['Good', 'Requires improvement', 'Good', 'Outstanding', 'Requires improvement'],
      ['Inadequate', 'Requires improvement to be good'],
      ['Adequate'],
      [],
    ]);
  });
});

describe('matrixRecords', () => {
  const records = matrixRecords(buildMatrix(AREAS, INSPECTIONS, JUDGEMENTS), INSPECTIONS);

  test('one record per cell, or per judgement where a cell holds two, each with every field', () => {
    expect(records).toHaveLength(3 * 4 + 1);
    for (const r of records) expect(Object.keys(r).sort()).toEqual([...MATRIX_FIELDS].sort());
  });

  test('cells with no grade have empty grade fields; approximate is yes/no', () => {
    expect(records.filter((r) => r.row === 'protection').map((r) => [r.year, r.status, r.grade, r.rank, r.approximate])).toEqual([
      [2009, 'not-judged', '', '', ''],
      [2012, 'judged', 'Good', 2, 'yes'],
      [2015, 'not-stated', '', '', ''],
      [2018, 'judged', 'Requires improvement', 3, 'no'],
    ]);
  });
});

describe('buildMatrix on the real record', () => {
  const [inspections, judgements, areas] = realRecord;
  const matrix = buildMatrix(areas, inspections, judgements);
  const column = (year: number) => inspections.findIndex((i) => i.year === year);
  const cell = (row: string, year: number) => matrix.find((r) => r.id === row)!.cells[column(year)]!;

  test('columns are 2009, 2012, 2015, 2018', () => {
    expect(inspections.map((i) => i.year)).toEqual([2009, 2012, 2015, 2018]);
  });

  test('2009 judged nothing: its whole column is "not judged"', () => {
    expect(matrix.map((r) => r.cells[column(2009)]!.status)).toEqual(matrix.map(() => 'not-judged'));
  });

  test('2015 areas no document states are "not stated", not a guess', () => {
    for (const row of ['help-and-protection', 'looked-after', 'adoption', 'care-leavers', 'leadership']) {
      expect(cell(row, 2015), row).toEqual({ status: 'not-stated' });
    }
  });

  test('2015 states only the overall judgement and the LSCB', () => {
    const judged = matrix.filter((r) => r.cells[column(2015)]!.status === 'judged').map((r) => `${r.id}: ${word(r.cells[column(2015)]!)}`);
    expect(judged).toEqual(['overall: Inadequate 4', 'lscb: Good 2']);
  });

  test('rows only one framework judged are "not judged" in the other years', () => {
    expect(cell('overall', 2012)).toEqual({ status: 'not-judged' });
    expect(cell('capacity-safeguarding', 2015)).toEqual({ status: 'not-judged' });
    expect(cell('capacity-safeguarding', 2018)).toEqual({ status: 'not-judged' });
    expect(cell('lscb', 2012)).toEqual({ status: 'not-judged' });
  });

  test('the whole grid', () => {
    expect(Object.entries(grid(matrix)).map(([id, cells]) => `${id}: ${cells.join(' | ')}`)).toMatchInlineSnapshot(`
      [
        "overall: not-judged | not-judged | Inadequate 4 | Requires improvement to be good 3",
        "help-and-protection: not-judged | ≈Good 2 (Safeguarding services) | not-stated | Requires improvement 3",
        "looked-after: not-judged | ≈Good 2 (Services for looked after children) | not-stated | Requires improvement 3",
        "adoption: not-judged | not-judged | not-stated | Good 2",
        "care-leavers: not-judged | not-judged | not-stated | Requires improvement 3",
        "leadership: not-judged | ≈Good 2 (Safeguarding services) + ≈Good 2 (Services for looked after children) | not-stated | Requires improvement 3",
        "lscb: not-judged | not-judged | Good 2 | not-stated",
        "capacity-safeguarding: not-judged | Good 2 (Safeguarding services) | not-judged | not-judged",
        "capacity-looked-after: not-judged | Outstanding 1 (Services for looked after children) | not-judged | not-judged",
        "safe: not-judged | Good 2 (Safeguarding services) | not-judged | not-judged",
        "quality-safeguarding: not-judged | Good 2 (Safeguarding services) | not-judged | not-judged",
        "quality-looked-after: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "health-agencies: not-judged | Adequate 3 (Safeguarding services) | not-judged | not-judged",
        "ambition-safeguarding: not-judged | Outstanding 1 (Safeguarding services) | not-judged | not-judged",
        "ambition-looked-after: not-judged | Outstanding 1 (Services for looked after children) | not-judged | not-judged",
        "performance-safeguarding: not-judged | Good 2 (Safeguarding services) | not-judged | not-judged",
        "performance-looked-after: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "partnership: not-judged | Good 2 (Safeguarding services) | not-judged | not-judged",
        "equality-safeguarding: not-judged | Outstanding 1 (Safeguarding services) | not-judged | not-judged",
        "equality-looked-after: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "being-healthy: not-judged | Adequate 3 (Services for looked after children) | not-judged | not-judged",
        "staying-safe: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "enjoying-achieving: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "positive-contribution: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
        "economic-well-being: not-judged | Good 2 (Services for looked after children) | not-judged | not-judged",
      ]
    `);
  });

  test('the approximate flags are exactly the pairings areas.yaml marks approximate', () => {
    const flagged = matrix.flatMap((r) => r.cells.flatMap((c) => (c.status === 'judged' ? c.entries.filter((e) => e.approximate).map((e) => `${r.id} ${e.group}`) : [])));
    const declared = areas.flatMap((r) => r.members.filter((m) => m.approximate).map((m) => `${r.id} ${m.group ?? ''}`));
    expect(flagged).toEqual(declared);
    expect(flagged.length).toBeGreaterThan(0);
  });

  test('every judgement of every inspection document lands in exactly one cell, with its grade, rank and source', () => {
    const placed = matrix.flatMap((r) =>
      r.cells.flatMap((c, i) => (c.status === 'judged' ? c.entries.map((e) => ({ ...e, document: inspections[i]!.document })) : [])),
    );
    const key = (j: { document: string; group: string; area: string; grade: string; rank: number; source: string }) =>
      [j.document, j.group, j.area, j.grade, j.rank, j.source].join(' | ');
    const documents = new Set(inspections.map((i) => i.document));
    const expected = judgements.filter((j) => documents.has(j.document)).map(key);
    expect(placed.map(key).sort()).toEqual([...expected].sort());
    expect(new Set(placed.map(key)).size).toBe(placed.length);
    // And no document outside the columns grades anything the matrix would miss.
    expect(judgements.filter((j) => !documents.has(j.document))).toEqual([]);
  });

  test('its records hold one row per empty cell and one per judgement', () => {
    const records = matrixRecords(matrix, inspections);
    const emptyCells = matrix.flatMap((r) => r.cells.filter((c) => c.status !== 'judged')).length;
    expect(records).toHaveLength(emptyCells + judgements.length);
  });
});
