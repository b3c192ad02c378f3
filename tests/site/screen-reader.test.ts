/**
 * What a screen reader hears, item by item (tests/support/screen-reader.ts): the journey chart, one row
 * of the matrix and the start of a document page are heard whole and in reading order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distFile } from '../support/html';
import { hear, loadPage } from '../support/screen-reader';
import { assertDistBuilt } from '../support/server';

assertDistBuilt();

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The phrases in order: each is found after the one before it. Returns where each was heard. */
function inOrder(heard: string[], expected: (string | RegExp)[]): number[] {
  let from = 0;
  return expected.map((want) => {
    const at = heard.findIndex((p, i) => i >= from && (typeof want === 'string' ? p === want : want.test(p)));
    expect(at, `"${String(want)}" heard after item ${from}, in:\n${heard.join('\n')}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
    return at;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('what a screen reader hears', () => {
  const journey = loadPage('/journey/');

  it('hears the journey chart: its title, summary, every grade of its table in order, its source and its data', async () => {
    const figure = journey.querySelector('figure#journey')!;
    const title = text(figure.querySelector('h2'));
    const heard = await hear(figure);
    inOrder(heard, [
      `figure, ${title}`,
      `heading, ${title}, level 2`,
      'paragraph',
      /^image, /,
      'Source:',
      'Show the data as a table',
      /^link, CSV/,
      `end of figure, ${title}`,
    ]);
    // The drawing is heard as one image: its name and description, which give every row of the chart's
    // data table (the same marks it draws) in the table's order, year and grade in words.
    const image = heard.filter((p) => p.startsWith('image, '));
    expect(image).toHaveLength(1);
    const rows = [...figure.querySelectorAll('table tbody tr')].map((tr) => {
      const grade = tr.querySelector('td[colspan]') ? 'not graded' : tr.querySelector('td a')!.childNodes[0]!.textContent!;
      return { year: text(tr.querySelector('th')), grade };
    });
    expect(rows.length).toBeGreaterThan(1);
    let from = 0;
    for (const row of rows) {
      const at = image[0]!.slice(from).search(new RegExp(`${escape(row.year)}[^;]*${escape(row.grade)}`, 'i'));
      expect(at, `${row.year} ${row.grade} in order in: ${image[0]}`).toBeGreaterThanOrEqual(0);
      from += at + row.year.length;
    }
  });

  it('hears a matrix row: the subject, then each year in column order with its grade in words, place on the scale and year', async () => {
    const matrix = JSON.parse(readFileSync(distFile('/data/matrix.json')!, 'utf8')) as { row: string; subject: string; year: number; status: string; grade: string; rank: number | '' }[];
    // The row with most grades: a cell of two grades and cells of every kind.
    const counts = Map.groupBy(matrix.filter((m) => m.status === 'judged'), (m) => m.row);
    const [rowId, judged] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
    const cells = [...Map.groupBy(matrix.filter((m) => m.row === rowId), (m) => m.year)];
    const tr = journey.querySelector(`tr#matrix-${rowId}`)!;
    const heard = await hear(tr.closest('table')!, (p, node) => node === tr && p.startsWith('end of row'));
    const own = heard.slice(heard.findIndex((p) => p.startsWith(`row, ${judged[0]!.subject}`)));
    expect(own[1]).toMatch(new RegExp(`^rowheader, ${escape(judged[0]!.subject)}`));
    const spokenCells = own.filter((p) => /^cell\b/.test(p));
    expect(spokenCells).toHaveLength(cells.length);
    cells.forEach(([year, entries], i) => {
      const cell = spokenCells[i]!;
      for (const e of entries) {
        if (e.status === 'judged') expect(cell).toMatch(new RegExp(`${escape(e.grade)} ?, grade ${e.rank} of 4,.* ${year}`));
        else expect(cell).toBe(`cell, ${e.status === 'not-judged' ? 'Not graded' : 'Not stated in the documents held'}`);
      }
    });
  });

  it('hears the start of a document page: its title, outcome, "Read the full text", then paragraph 1 with its number', async () => {
    const page = loadPage('/inspections/2012-safeguarding-and-looked-after-children/');
    const main = page.querySelector('main')!;
    const p1 = page.getElementById('p1')!;
    // Only the page up to paragraph 1 is heard: the rest is removed so the reader's tree stays small.
    const rest = page.createRange();
    rest.setStartAfter(p1);
    rest.setEndAfter(main.lastChild!);
    rest.deleteContents();
    const heard = await hear(main, (_p, node) => node?.parentElement === p1 && node.nodeType === 3);
    const at = inOrder(heard, [
      `heading, ${text(page.querySelector('h1'))}, level 1`,
      'Outcome:',
      `link, ${page.querySelector('.document-outcome a')!.childNodes[0]!.textContent!} , as the document states it`,
      'link, Read the full text',
      'heading, Full text, level 2',
      'link, 1. Link to Paragraph 1',
      new RegExp(`^${escape(text(p1).replace(/^1\.\s*Link to Paragraph 1\s*/, '').slice(0, 40))}`),
    ]);
    // The judgements table and our summary are closed disclosures: each is one item, not read through.
    expect(at.at(-1)).toBeLessThan(120);
  });
});
