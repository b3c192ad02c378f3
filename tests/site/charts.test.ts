/**
 * The charts on the built site, read as text: every value drawn equals the
 * published data, the table beside each chart and its downloads say the same,
 * nothing is drawn for 2009 or for a 2015 area the documents do not state, and
 * each chart is an accessible figure on a page that runs no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brokenTarget, distFile, parseHtml, textOf, type Element } from '../support/html';
import { assertDistBuilt } from '../support/server';
import { parseCsv } from '../support/csv';

assertDistBuilt();

type Row = Record<string, unknown>;

function read(path: string): string {
  const file = distFile(path);
  if (!file) throw new Error(`${path} is not in the built site`);
  return readFileSync(file, 'utf8');
}

const json = (path: string): Row[] => JSON.parse(read(path)) as Row[];

/** A built page, parsed. */
const page = (path: string) => parseHtml(read(path));
type Root = ReturnType<typeof page> | Element;

/** Every element inside `root` that passes `test`, in document order. */
const all = (root: Root, test: (el: Element) => boolean): Element[] => DomUtils.findAll(test, root.children);

/** The first element inside `root` that passes `test`; what it is, for the failure message. */
function first(root: Root, test: (el: Element) => boolean, what: string): Element {
  const found = DomUtils.findOne(test, root.children);
  if (!found) throw new Error(`no ${what}`);
  return found;
}

const named = (...names: string[]) => (el: Element) => names.includes(el.name);
const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);

/** A CSV file and a JSON file hold the same records, with exactly these columns, in the same order. */
function expectCsvEqualsJson(csvPath: string, jsonPath: string, columns: string[]) {
  const [header, ...rows] = parseCsv(read(csvPath));
  expect(header, `${csvPath} header`).toEqual(columns);
  const records = json(jsonPath);
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) expect(Object.keys(r).sort(), `${jsonPath} record keys`).toEqual([...columns].sort());
  expect(rows).toEqual(records.map((r) => columns.map((c) => String(r[c] ?? ''))));
}

type Node = Element['children'][number];

/** Text as a sighted reader sees it: without the words that only name a link apart for screen readers. */
function seen(nodes: Element | Node[]): string {
  const shown = (node: Node): string =>
    DomUtils.isTag(node) ? (hasClass(node, 'visually-hidden') ? '' : node.children.map(shown).join('')) : DomUtils.isText(node) ? node.data : '';
  return (Array.isArray(nodes) ? nodes : [nodes]).map(shown).join('').replace(/\s+/g, ' ').trim();
}

/** The <figure> with the given id on a page. */
const figure = (root: Root, id: string) => first(root, (el) => el.name === 'figure' && el.attribs.id === id, `<figure id="${id}">`);

/** The chart itself: the first <svg role="img"> in the figure (the legend's shapes are aria-hidden svgs). */
const chartSvg = (fig: Element) => first(fig, (el) => el.name === 'svg' && el.attribs.role === 'img', '<svg role="img">');

/** Table body rows: each a list of cells, with the cell's attributes, text and link. */
interface Cell {
  tag: string;
  attrs: Record<string, string>;
  el: Element;
  text: string;
  href?: string;
}
function bodyRows(table: Element): { attrs: Record<string, string>; cells: Cell[] }[] {
  // Every body's rows: a table may group its rows in several (the matrix does).
  const bodies = all(table, named('tbody'));
  expect(bodies.length, '<tbody> in the table').toBeGreaterThan(0);
  return bodies.flatMap((body) => all(body, named('tr'))).map((tr) => ({
    attrs: tr.attribs,
    cells: tr.children.filter(DomUtils.isTag).filter(named('th', 'td')).map((c) => {
      const link = DomUtils.findOne(named('a'), c.children);
      return { tag: c.name, attrs: c.attribs, el: c, text: seen(c), ...(link ? { href: link.attribs.href } : {}) };
    }),
  }));
}

/** The <details> in the figure, and the <table> inside it. */
const details = (fig: Element) => first(fig, named('details'), '<details>');
const detailsTable = (fig: Element) => first(details(fig), named('table'), '<table> in <details>');

/** Elements inside `root` that carry the given attribute, with a getter for their attributes. */
const withAttr = (root: Element, name: string) =>
  all(root, (el) => el.attribs[name] !== undefined).map((el) => ({ el, name: el.name, get: (a: string) => el.attribs[a] }));

/** The href of every link inside `root`. */
const links = (root: Root) => all(root, named('a')).map((a) => a.attribs.href ?? '');

const JOURNEY_JSON = json('/data/journey.json');
const JUDGEMENTS_JSON = json('/data/judgements.json');
const OVERALL = 'Overall effectiveness';

/** The facts a journey mark shows. */
const fact = (r: Row) => ({ document: String(r.document), year: Number(r.year), group: String(r.group), grade: String(r.grade), rank: Number(r.rank) });

describe('the journey data', () => {
  it('/data/journey.json is exactly the overall judgements of /data/judgements.json', () => {
    expect(JOURNEY_JSON).toEqual(JUDGEMENTS_JSON.filter((j) => j.area === OVERALL));
    expect(JOURNEY_JSON.map((r) => r.year)).toEqual([2012, 2012, 2015, 2018]);
  });

  it('/data/journey.csv has the same rows as /data/journey.json', () => {
    expectCsvEqualsJson('/data/journey.csv', '/data/journey.json', ['document', 'year', 'framework', 'group', 'area', 'grade', 'rank', 'source']);
  });
});

for (const path of ['/journey/']) {
  describe(`the journey chart on ${path}`, () => {
    const fig = figure(page(path), 'journey');
    const svg = chartSvg(fig);
    const marks = withAttr(svg, 'data-document');

    it('draws one mark per row of /data/journey.json, with the same document, year, group, grade and rank, in order', () => {
      expect(marks.every((m) => m.name === 'g')).toBe(true);
      const drawn = marks.map((m) => ({
        document: m.get('data-document')!,
        year: Number(m.get('data-year')),
        group: m.get('data-group') ?? '',
        grade: m.get('data-grade')!,
        rank: Number(m.get('data-rank')),
      }));
      expect(drawn).toEqual(JOURNEY_JSON.map(fact));
    });

    it('every mark is an overall judgement in /data/judgements.json', () => {
      for (const m of marks) {
        const matches = JUDGEMENTS_JSON.filter(
          (j) =>
            j.document === m.get('data-document') &&
            String(j.year) === m.get('data-year') &&
            j.group === (m.get('data-group') ?? '') &&
            j.grade === m.get('data-grade') &&
            String(j.rank) === m.get('data-rank') &&
            j.area === OVERALL,
        );
        expect(matches, `mark ${m.get('data-document')} ${m.get('data-group')}`).toHaveLength(1);
      }
    });

    it('draws one shape per mark and no other: no stray marks', () => {
      const shapes = all(svg, (el) => el.name === 'path' && hasClass(el, 'mark'));
      expect(shapes).toHaveLength(marks.length);
    });

    it('plots nothing for 2009: the 2009 column has only the "not graded" note', () => {
      const years = withAttr(svg, 'data-year').map((t) => t.get('data-year'));
      expect(years).not.toContain('2009');
      const notes = withAttr(svg, 'data-ungraded');
      expect(notes.map((n) => n.get('data-ungraded'))).toEqual(['2009']);
      // Its lines, each a <tspan>, read as one sentence.
      const note = notes[0]!.el;
      expect(note.name).toBe('text');
      expect(all(note, named('tspan')).map(textOf).join(' ')).toBe('Not graded: no areas for priority action');
    });

    it('plots nothing for a 2015 area other than the overall judgement', () => {
      const for2015 = marks.filter((m) => m.get('data-year') === '2015');
      expect(for2015).toHaveLength(1);
      const stated2015 = JUDGEMENTS_JSON.filter((j) => j.year === 2015);
      expect(stated2015.length).toBeGreaterThan(1);
      expect(stated2015.find((j) => j.area === OVERALL)).toMatchObject({ grade: for2015[0]!.get('data-grade'), rank: Number(for2015[0]!.get('data-rank')) });
    });

    it('puts a better rank higher: a mark’s height follows its rank', () => {
      const byRank = new Map<number, number>();
      const groups = all(svg, (el) => el.name === 'g' && el.attribs['data-document'] !== undefined);
      expect(groups).toHaveLength(marks.length);
      for (const g of groups) {
        const moved = first(g, (el) => /^translate\(/.test(el.attribs.transform ?? ''), 'translated shape in a mark');
        const y = Number(/^translate\([^,]+,([^)]+)\)/.exec(moved.attribs.transform!)![1]);
        const rank = Number(g.attribs['data-rank']);
        if (byRank.has(rank)) expect(byRank.get(rank)).toBe(y);
        byRank.set(rank, y);
      }
      const ranks = [...byRank.keys()].sort();
      const ys = ranks.map((r) => byRank.get(r)!);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    });

    it('its table holds the same grades and ranks as the chart and the JSON, and says 2009 was not graded', () => {
      const rows = bodyRows(detailsTable(fig));
      const graded = rows.filter((r) => r.cells.length === 4);
      expect(
        graded.map((r) => ({ year: Number(r.cells[0]!.text), grade: r.cells[2]!.text, rank: Number(/^grade (\d) of 4$/.exec(r.cells[3]!.text)?.[1]), source: r.cells[2]!.href })),
      ).toEqual(JOURNEY_JSON.map((j) => ({ year: j.year, grade: j.grade, rank: j.rank, source: j.source })));
      expect(graded.map((r) => r.cells[2]!.text)).toEqual(marks.map((m) => m.get('data-grade')));
      expect(graded.map((r) => r.cells[3]!.text)).toEqual(marks.map((m) => `grade ${m.get('data-rank')} of 4`));
      const ungraded = rows.filter((r) => r.cells.length !== 4);
      expect(ungraded.map((r) => `${r.cells[0]!.text}: ${r.cells[1]!.text}`)).toEqual(['2009: Not graded: no areas for priority action']);
      expect(rows.map((r) => r.cells[0]!.text)).toEqual(['2009', '2012', '2012', '2015', '2018']);
    });

    it('describes every mark in its <desc>', () => {
      const desc = textOf(first(svg, named('desc'), '<desc>'));
      expect(desc).toMatch(/^2009: not graded, no areas for priority action;/);
      for (const j of JOURNEY_JSON) {
        const series = j.group ? `${j.group}: overall effectiveness` : 'Overall effectiveness (Single inspection framework)';
        expect(desc).toContain(`${j.year}, ${series}: ${j.grade} (${j.rank} of 4)`);
      }
    });
  });
}

describe('the key figures on /journey/', () => {
  const section = first(page('/journey/'), (el) => el.attribs.id === 'evidence', '#evidence');
  const EVIDENCE = json('/data/evidence.json');

  it('lists every row of /data/evidence.json as a table, each number linked to the block that states it, and draws no bars', () => {
    expect(EVIDENCE.length).toBeGreaterThan(0);
    const rows = all(section, (el) => el.name === 'tr' && el.attribs['data-document'] !== undefined).map((tr) => {
      const a = first(first(tr, named('td'), '<td> in a key-figures row'), named('a'), '<a> in a key-figures number');
      return { document: tr.attribs['data-document'], measure: textOf(first(tr, named('th'), '<th>')), value: Number(/\d+/.exec(textOf(a))![0]), source: a.attribs.href };
    });
    expect(rows).toEqual(EVIDENCE.map((e) => ({ document: e.document, measure: e.measure, value: e.value, source: e.source })));
    expect(all(section, named('svg', 'rect'))).toEqual([]);
  });

  it('/data/evidence.csv has the same rows as /data/evidence.json', () => {
    expectCsvEqualsJson('/data/evidence.csv', '/data/evidence.json', ['document', 'year', 'inspection', 'measure', 'value', 'source']);
  });
});

describe('the judgement matrix on /journey/', () => {
  const journey = page('/journey/');
  const table = first(journey, (el) => el.name === 'table' && el.children.filter(DomUtils.isTag)[0]?.attribs.id === 'matrix-caption', '<table> captioned #matrix-caption');
  const MATRIX = json('/data/matrix.json');
  const years = all(first(table, named('thead'), '<thead>'), named('th')).flatMap((th) => /^(\d{4})/.exec(textOf(th))?.[1] ?? []).map(Number);
  // The subjects' rows; each group of them opens with a row naming the group.
  const rows = bodyRows(table).filter((r) => r.attrs.id);
  const rowOrder = rows.map((r) => r.attrs.id!.replace(/^matrix-/, ''));
  const areaIds = (parse(readFileSync(new URL('../../content/areas.yaml', import.meta.url), 'utf8')) as { id: string }[]).map((r) => r.id);

  it('has a column per inspection year', () => {
    expect(years).toEqual([2009, 2012, 2015, 2018]);
  });

  it('has a row per row of content/areas.yaml, as /data/matrix.json does', () => {
    expect([...rowOrder].sort()).toEqual([...areaIds].sort());
    expect([...new Set(MATRIX.map((r) => r.row))]).toEqual(areaIds);
  });

  it('puts the subjects graded under the most frameworks first', () => {
    const frameworkOf = new Map(json('/data/journey.json').map((j) => [j.document, j.framework]));
    const gradedYears = (id: string) => new Set(MATRIX.filter((r) => r.row === id && r.status === 'judged').map((r) => frameworkOf.get(r.document))).size;
    const counts = rowOrder.map(gradedYears);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('each cell equals the /data/matrix.json records for its row and year: status, grade, rank, source, approximate', () => {
    const fromHtml = rows.flatMap((r) => {
      const id = r.attrs.id!.replace(/^matrix-/, '');
      const cells = r.cells.filter((c) => c.tag === 'td');
      expect(cells).toHaveLength(years.length);
      return cells.flatMap((c, i): { row: string; year: number; status: string; grade: string; rank: number | ''; source: string; approximate: string }[] => {
        const status = c.attrs['data-status']!;
        const base = { row: id, year: years[i]!, status };
        if (status !== 'judged') return [{ ...base, grade: '', rank: '', source: '', approximate: '' }];
        const entries = all(c.el, (el) => el.name === 'span' && hasClass(el, 'entry'));
        expect(entries.length, `${id} ${years[i]}`).toBeGreaterThan(0);
        return entries.map((e) => {
          const grade = e.attribs['data-grade']!;
          const rank = Number(e.attribs['data-rank']);
          // The words a reader sees say the same as the data attributes.
          // (Up to its rank: the part's name, where a document grades its parts apart, follows.)
          const throughRank = e.children.slice(0, e.children.findIndex((n) => DomUtils.isTag(n) && hasClass(n, 'rank')) + 1);
          expect(seen(throughRank)).toMatch(new RegExp(`^(≈ )?${grade} grade ${rank} of 4$`));
          expect(first(e, named('a'), 'link in a matrix entry').attribs.href).toBe(e.attribs['data-source']);
          return { ...base, grade, rank, source: e.attribs['data-source']!, approximate: seen(throughRank).includes('≈') ? 'yes' : 'no' };
        });
      });
    });
    expect(fromHtml).toEqual(
      [...MATRIX].sort((a, b) => rowOrder.indexOf(String(a.row)) - rowOrder.indexOf(String(b.row))).map((r) => ({ row: r.row, year: r.year, status: r.status, grade: r.grade, rank: r.rank, source: r.source, approximate: r.approximate })),
    );
  });

  it('says why a cell is empty, in words', () => {
    const words = new Set(rows.flatMap((r) => r.cells.filter((c) => c.tag === 'td' && c.attrs['data-status'] !== 'judged').map((c) => `${c.attrs['data-status']}: ${c.text}`)));
    expect([...words].sort()).toEqual(['not-judged: Not graded', 'not-stated: Not stated in the documents held']);
  });

  it('every graded judgement of every inspection is in the matrix exactly once; nothing for 2009', () => {
    const judged = MATRIX.filter((r) => r.status === 'judged').map((r) => String(r.source)).sort();
    const inspected = new Set(MATRIX.map((r) => r.document));
    expect(judged).toEqual(JUDGEMENTS_JSON.filter((j) => inspected.has(j.document)).map((j) => String(j.source)).sort());
    expect(MATRIX.filter((r) => r.year === 2009).every((r) => r.status === 'not-judged')).toBe(true);
  });

  it('marks the 2015 areas the documents do not state as not stated', () => {
    const stated2015 = MATRIX.filter((r) => r.year === 2015 && r.status === 'judged').map((r) => r.row);
    expect(stated2015).toEqual(['overall', 'lscb']);
    expect(MATRIX.find((r) => r.year === 2015 && r.row === 'help-and-protection')).toMatchObject({ status: 'not-stated', grade: '' });
  });

  it('/data/matrix.csv has the same rows as /data/matrix.json', () => {
    expectCsvEqualsJson('/data/matrix.csv', '/data/matrix.json', ['row', 'subject', 'year', 'document', 'status', 'area', 'group', 'grade', 'rank', 'approximate', 'source']);
  });

  it('links to its downloads, which exist', () => {
    // Between its heading and the table.
    const order = all(journey, () => true);
    const between = order.slice(order.findIndex((el) => el.attribs.id === 'matrix'), order.indexOf(table));
    const hrefs = between.filter(named('a')).map((a) => a.attribs.href);
    for (const file of ['/data/matrix.csv', '/data/matrix.json']) {
      expect(hrefs).toContain(file);
      expect(distFile(file), file).toBeDefined();
    }
  });
});

const CHARTS = [
  { path: '/journey/', id: 'journey', data: '/data/journey' },
];

for (const { path, id, data } of CHARTS) {
  describe(`the ${id} chart on ${path} is an accessible figure`, () => {
    const fig = figure(page(path), id);

    it('is named by its heading, and has a one-sentence summary', () => {
      const heading = first(fig, named('h2', 'h3', 'h4', 'h5', 'h6'), 'heading in the figure');
      expect(textOf(heading)).not.toBe('');
      expect(fig.attribs['aria-labelledby']).toBe(heading.attribs.id);
      const summary = textOf(first(first(fig, named('figcaption'), '<figcaption>'), named('p'), 'summary paragraph in the caption'));
      expect(summary.length).toBeGreaterThan(40);
      expect(summary).toMatch(/\.$/);
    });

    it('has an svg with role="img" named and described by a <title> and <desc> inside it', () => {
      const svg = chartSvg(fig);
      expect(svg.attribs.role).toBe('img');
      // Named by its title and described by its desc, each once (a desc in the name as well is read twice).
      const titleId = svg.attribs['aria-labelledby'];
      const descId = svg.attribs['aria-describedby'];
      const title = DomUtils.findOne((el) => el.name === 'title' && el.attribs.id === titleId, svg.children);
      const desc = DomUtils.findOne((el) => el.name === 'desc' && el.attribs.id === descId, svg.children);
      expect(title && textOf(title), `<title id="${titleId}">`).toBeTruthy();
      expect(desc && textOf(desc), `<desc id="${descId}">`).toBeTruthy();
    });

    it('has the data as a table one click away, in <details>', () => {
      const table = detailsTable(fig);
      expect(all(details(fig), named('summary'))).toHaveLength(1);
      expect(bodyRows(table).length).toBeGreaterThan(0);
      expect(all(table, (el) => el.name === 'th' && el.attribs.scope === 'col').length).toBeGreaterThan(0);
    });

    it('links to its data as CSV and JSON, and both exist', () => {
      for (const file of [`${data}.csv`, `${data}.json`]) {
        expect(links(fig)).toContain(file);
        expect(brokenTarget(file), file).toBeUndefined();
      }
    });
  });
}

describe('the chart pages', () => {
  it('/journey/ links to /grades/, and the home page to /journey/', () => {
    expect(links(page('/journey/'))).toContain('/grades/');
    expect(links(page('/'))).toContain('/journey/');
  });

  it('/grades/ says which grade words each later document uses, and which of them are not on the 2012 scale', () => {
    const lede = first(page('/grades/'), (el) => el.name === 'p' && (el.attribs.class ?? '').includes('lede'), 'lede');
    // As it reads on screen: without the words only a screen reader hears.
    for (const hidden of all(lede, (el) => (el.attribs.class ?? '').includes('visually-hidden'))) DomUtils.removeElement(hidden);
    const text = textOf(lede);
    expect(text).toContain('the 2015 council letter to stakeholders states judgements of inadequate and good;');
    expect(text).toContain('the 2018 post-inspection update states judgements of requires improvement to be good, requires improvement and good.');
    expect(text).toContain('Good and inadequate are words of the 2012 scale too; the others are not.');
    expect(text).not.toContain('other words');
    // Each grade word links to where its document states it.
    expect(all(lede, (el) => el.name === 'a').map((a) => a.attribs.href)).toEqual([
      '/inspections/2015-council-letter-to-stakeholders/#p1',
      '/inspections/2015-council-letter-to-stakeholders/#p10',
      '/inspections/2018-post-inspection-update/#p2',
      '/inspections/2018-post-inspection-update/#judgements-1',
      '/inspections/2018-post-inspection-update/#judgements-2-1',
    ]);
  });

  it('every link from /grades/ and /journey/ to a document resolves to a block on its page', () => {
    const broken: string[] = [];
    let count = 0;
    for (const path of ['/grades/', '/journey/']) {
      for (const href of links(page(path))) {
        if (!href.startsWith('/inspections/')) continue;
        count++;
        // A source line names whole documents; every other link points at the block that says what it shows.
        if (/^\/inspections\/[^/#]+\/$/.test(href)) {
          if (!distFile(`${href}index.html`)) broken.push(`${path}: ${href}: no such document page`);
          continue;
        }
        expect(href, `${path}: ${href} should point at a block`).toContain('#');
        const problem = brokenTarget(href);
        if (problem) broken.push(`${path}: ${href}: ${problem}`);
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
});

describe('the key moments on /journey/', () => {
  const list = first(page('/journey/'), (el) => el.name === 'ol' && hasClass(el, 'timeline'), '<ol class="timeline">');
  const moments = (parse(readFileSync(new URL('../../content/timeline.yaml', import.meta.url), 'utf8')) as { id: string; quote: string; source: { document: string; block: string } }[]);

  it('lists every moment of content/timeline.yaml, quoting its words and linking to its block', () => {
    const items = list.children.filter(DomUtils.isTag).map((li) => ({ id: li.attribs.id, li }));
    // timeline.yaml is in time order (tests/unit/areas-timeline.test.ts); the page keeps it, ties included.
    expect(items.map((i) => i.id)).toEqual(moments.map((m) => `moment-${m.id}`));
    for (const m of moments) {
      const item = items.find((i) => i.id === `moment-${m.id}`)!;
      expect(textOf(item.li)).toContain(`“${m.quote}”`);
      expect(links(item.li)).toContain(`/inspections/${m.source.document}/#${m.source.block}`);
    }
  });
});
