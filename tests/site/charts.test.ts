/**
 * The charts on the built site, read as text: every value drawn equals the
 * published data, the table beside each chart and its downloads say the same,
 * nothing is drawn for 2009 or for a 2015 area the documents do not state, and
 * each chart is an accessible figure on a page that runs no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attr, brokenTarget, distFile, markupOnly, startTags, textOf } from '../support/html';
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


/** A CSV file and a JSON file hold the same records, with exactly these columns, in the same order. */
function expectCsvEqualsJson(csvPath: string, jsonPath: string, columns: string[]) {
  const [header, ...rows] = parseCsv(read(csvPath));
  expect(header, `${csvPath} header`).toEqual(columns);
  const records = json(jsonPath);
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) expect(Object.keys(r).sort(), `${jsonPath} record keys`).toEqual([...columns].sort());
  expect(rows).toEqual(records.map((r) => columns.map((c) => String(r[c] ?? ''))));
}

/** Plain text of a piece of markup. */
const text = (html: string) => textOf(html);

/** The whole element that starts at `start` in `html`, for an element that does not nest in itself. */
function element(html: string, tag: string, start: number): string {
  const end = html.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag}> found`);
  return html.slice(start, end + tag.length + 3);
}

/** The <figure> with the given id on a page. */
function figure(html: string, id: string): string {
  const start = markupOnly(html).search(new RegExp(`<figure\\b[^>]*\\bid="${id}"`));
  if (start < 0) throw new Error(`no <figure id="${id}">`);
  return element(markupOnly(html), 'figure', start);
}

/** The chart itself: the first <svg role="img"> in the figure (the legend's shapes are aria-hidden svgs). */
function chartSvg(fig: string): string {
  const start = fig.search(/<svg\b[^>]*\brole="img"/);
  return element(fig, 'svg', start);
}

/** Table body rows: each a list of cells, with the cell's attributes, text and link. */
interface Cell {
  tag: string;
  attrs: string;
  html: string;
  text: string;
  href?: string;
}
function bodyRows(table: string): { attrs: string; cells: Cell[] }[] {
  const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)].map((tr) => ({
    attrs: tr[1]!,
    cells: [...tr[2]!.matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((c) => {
      const href = /<a\b([^>]*)>/.exec(c[3]!);
      return { tag: c[1]!, attrs: c[2]!, html: c[3]!, text: text(c[3]!), ...(href ? { href: attr(href[1]!, 'href') } : {}) };
    }),
  }));
}

/** The <table> inside the figure's <details>. */
function detailsTable(fig: string): string {
  const details = element(fig, 'details', fig.search(/<details\b/));
  return element(details, 'table', details.search(/<table\b/));
}

/** Start tags in some markup that carry the given attribute, as attribute maps. */
const withAttr = (html: string, name: string) =>
  startTags(html)
    .filter((t) => attr(t.attrs, name) !== undefined)
    .map((t) => ({ name: t.name, get: (a: string) => attr(t.attrs, a) }));

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

for (const path of ['/journey/', '/']) {
  describe(`the journey chart on ${path}`, () => {
    const html = read(path);
    const fig = figure(html, 'journey');
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
      const shapes = startTags(svg).filter((t) => /\bmark\b/.test(attr(t.attrs, 'class') ?? '') && t.name === 'path');
      expect(shapes).toHaveLength(marks.length);
    });

    it('plots nothing for 2009: the 2009 column has only the "not graded" note', () => {
      const years = withAttr(svg, 'data-year').map((t) => t.get('data-year'));
      expect(years).not.toContain('2009');
      const notes = withAttr(svg, 'data-ungraded');
      expect(notes.map((n) => n.get('data-ungraded'))).toEqual(['2009']);
      const note = /<text\b[^>]*data-ungraded="2009"[^>]*>([\s\S]*?)<\/text>/.exec(svg)![1]!;
      expect(text(note.replace(/<\/tspan>/g, ' </tspan>'))).toBe('Not graded: no areas for priority action');
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
      const groups = [...svg.matchAll(/<g\b([^>]*\bdata-document=[^>]*)>([\s\S]*?)<\/g>/g)];
      expect(groups).toHaveLength(marks.length);
      for (const [, attrs, inner] of groups) {
        const y = Number(/transform="translate\([^,]+,([^)]+)\)"/.exec(inner!)![1]);
        const rank = Number(attr(attrs!, 'data-rank'));
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
        graded.map((r) => ({ year: Number(r.cells[0]!.text), grade: r.cells[2]!.text, rank: Number(r.cells[3]!.text), source: r.cells[2]!.href })),
      ).toEqual(JOURNEY_JSON.map((j) => ({ year: j.year, grade: j.grade, rank: j.rank, source: j.source })));
      expect(graded.map((r) => r.cells[2]!.text)).toEqual(marks.map((m) => m.get('data-grade')));
      expect(graded.map((r) => r.cells[3]!.text)).toEqual(marks.map((m) => m.get('data-rank')));
      const ungraded = rows.filter((r) => r.cells.length !== 4);
      expect(ungraded.map((r) => `${r.cells[0]!.text}: ${r.cells[1]!.text}`)).toEqual(['2009: Not graded: no areas for priority action']);
      expect(rows.map((r) => r.cells[0]!.text)).toEqual(['2009', '2012', '2012', '2015', '2018']);
    });

    it('describes every mark in its <desc>', () => {
      const desc = text(/<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(svg)![1]!);
      expect(desc).toMatch(/^2009: not graded, no areas for priority action;/);
      for (const j of JOURNEY_JSON) {
        const series = j.group ? `${j.group}: overall effectiveness` : 'Overall effectiveness (Single inspection framework)';
        expect(desc).toContain(`${j.year}, ${series}: ${j.grade} (${j.rank} of 4)`);
      }
    });
  });
}

describe('the evidence chart on /journey/', () => {
  const fig = figure(read('/journey/'), 'evidence');
  const svg = chartSvg(fig);
  const bars = withAttr(svg, 'data-measure');
  const EVIDENCE = json('/data/evidence.json');

  it('draws one bar per row of /data/evidence.json, with the same document, measure and value, in order', () => {
    expect(EVIDENCE.length).toBeGreaterThan(0);
    expect(bars.map((b) => ({ document: b.get('data-document'), measure: b.get('data-measure'), value: Number(b.get('data-value')) }))).toEqual(
      EVIDENCE.map((e) => ({ document: e.document, measure: e.measure, value: e.value })),
    );
  });

  it('draws each bar as wide as its value on one scale, and writes its value beside it', () => {
    const groups = [...svg.matchAll(/<g\b([^>]*data-measure[^>]*)>([\s\S]*?)<\/g>/g)];
    expect(groups).toHaveLength(EVIDENCE.length);
    const perUnit = groups.map((g, i) => {
      const rect = startTags(g[2]!).find((t) => t.name === 'rect')!;
      const width = Number(attr(rect.attrs, 'width'));
      expect(width).toBe(Number(attr(g[1]!, 'data-width')));
      const texts = [...g[2]!.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => text(t[1]!));
      expect(texts).toEqual([EVIDENCE[i]!.measure, String(EVIDENCE[i]!.value)]);
      return width / Number(EVIDENCE[i]!.value);
    });
    for (const k of perUnit) expect(k).toBeCloseTo(perUnit[0]!, 6);
  });

  it('its table holds the same inspections, measures, values and sources as the chart and the JSON', () => {
    const rows = bodyRows(detailsTable(fig));
    expect(rows.map((r) => ({ inspection: r.cells[0]!.text, measure: r.cells[1]!.text, value: Number(r.cells[2]!.text), source: r.cells[2]!.href }))).toEqual(
      EVIDENCE.map((e) => ({ inspection: e.inspection, measure: e.measure, value: e.value, source: e.source })),
    );
  });

  it('/data/evidence.csv has the same rows as /data/evidence.json', () => {
    expectCsvEqualsJson('/data/evidence.csv', '/data/evidence.json', ['document', 'year', 'inspection', 'measure', 'value', 'source']);
  });
});

describe('the judgement matrix on /journey/', () => {
  const html = markupOnly(read('/journey/'));
  const table = element(html, 'table', html.search(/<table\b[^>]*>\s*<caption id="matrix-caption"/));
  const MATRIX = json('/data/matrix.json');
  const years = [...(/<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '').matchAll(/<th\b[^>]*>(\d{4})/g)].map((m) => Number(m[1]));
  const rows = bodyRows(table);
  const areaIds = (parse(readFileSync(new URL('../../content/areas.yaml', import.meta.url), 'utf8')) as { id: string }[]).map((r) => r.id);

  it('has a column per inspection year', () => {
    expect(years).toEqual([2009, 2012, 2015, 2018]);
  });

  it('has a row per row of content/areas.yaml, in the file’s order, as /data/matrix.json does', () => {
    expect(rows.map((r) => attr(r.attrs, 'id'))).toEqual(areaIds.map((id) => `matrix-${id}`));
    expect([...new Set(MATRIX.map((r) => r.row))]).toEqual(areaIds);
  });

  it('each cell equals the /data/matrix.json records for its row and year: status, grade, rank, source, approximate', () => {
    const fromHtml = rows.flatMap((r) => {
      const id = attr(r.attrs, 'id')!.replace(/^matrix-/, '');
      const cells = r.cells.filter((c) => c.tag === 'td');
      expect(cells).toHaveLength(years.length);
      return cells.flatMap((c, i): { row: string; year: number; status: string; grade: string; rank: number | ''; source: string; approximate: string }[] => {
        const status = attr(c.attrs, 'data-status')!;
        const base = { row: id, year: years[i]!, status };
        if (status !== 'judged') return [{ ...base, grade: '', rank: '', source: '', approximate: '' }];
        const entries = [...c.html.matchAll(/<span\b([^>]*\bclass="entry"[^>]*)>([\s\S]*?<span class="rank"[^>]*>[\s\S]*?<\/span>)/g)];
        expect(entries.length, `${id} ${years[i]}`).toBeGreaterThan(0);
        return entries.map((e) => {
          const grade = attr(e[1]!, 'data-grade')!;
          const rank = Number(attr(e[1]!, 'data-rank'));
          // The words a reader sees say the same as the data attributes.
          expect(text(e[2]!)).toMatch(new RegExp(`^(≈ )?${grade} rank ${rank}$`));
          expect(attr(/<a\b([^>]*)>/.exec(e[2]!)![1]!, 'href')).toBe(attr(e[1]!, 'data-source'));
          return { ...base, grade, rank, source: attr(e[1]!, 'data-source')!, approximate: e[2]!.includes('≈') ? 'yes' : 'no' };
        });
      });
    });
    expect(fromHtml).toEqual(
      MATRIX.map((r) => ({ row: r.row, year: r.year, status: r.status, grade: r.grade, rank: r.rank, source: r.source, approximate: r.approximate })),
    );
  });

  it('says why a cell is empty, in words', () => {
    const words = new Set(rows.flatMap((r) => r.cells.filter((c) => c.tag === 'td' && attr(c.attrs, 'data-status') !== 'judged').map((c) => `${attr(c.attrs, 'data-status')}: ${c.text}`)));
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
    const around = html.slice(Math.max(0, html.indexOf('id="matrix"')), html.search(/<caption id="matrix-caption"/));
    for (const file of ['/data/matrix.csv', '/data/matrix.json']) {
      expect(around).toContain(`href="${file}"`);
      expect(distFile(file), file).toBeDefined();
    }
  });
});

const CHARTS = [
  { path: '/journey/', id: 'journey', data: '/data/journey' },
  { path: '/journey/', id: 'evidence', data: '/data/evidence' },
  { path: '/', id: 'journey', data: '/data/journey' },
];

for (const { path, id, data } of CHARTS) {
  describe(`the ${id} chart on ${path} is an accessible figure`, () => {
    const fig = figure(read(path), id);
    const figTag = startTags(fig)[0]!;

    it('is named by its heading, and has a one-sentence summary', () => {
      const heading = /<(h[2-6])\b([^>]*)>([\s\S]*?)<\/\1>/.exec(fig);
      expect(heading, 'a heading in the figure').not.toBeNull();
      expect(text(heading![3]!)).not.toBe('');
      expect(attr(figTag.attrs, 'aria-labelledby')).toBe(attr(heading![2]!, 'id'));
      const caption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/.exec(fig)![1]!;
      const summary = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(caption);
      expect(summary, 'a summary paragraph in the caption').not.toBeNull();
      expect(text(summary![1]!).length).toBeGreaterThan(40);
      expect(text(summary![1]!)).toMatch(/\.$/);
    });

    it('has an svg with role="img" named and described by a <title> and <desc> inside it', () => {
      const svg = chartSvg(fig);
      const svgTag = startTags(svg)[0]!;
      expect(attr(svgTag.attrs, 'role')).toBe('img');
      const ids = (attr(svgTag.attrs, 'aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      expect(ids).toHaveLength(2);
      const [titleId, descId] = ids;
      const title = new RegExp(`<title\\b[^>]*\\bid="${titleId}"[^>]*>([\\s\\S]*?)</title>`).exec(svg);
      const desc = new RegExp(`<desc\\b[^>]*\\bid="${descId}"[^>]*>([\\s\\S]*?)</desc>`).exec(svg);
      expect(title && text(title[1]!), `<title id="${titleId}">`).toBeTruthy();
      expect(desc && text(desc[1]!), `<desc id="${descId}">`).toBeTruthy();
    });

    it('has the data as a table one click away, in <details>', () => {
      const table = detailsTable(fig);
      expect(/<summary\b[^>]*>[\s\S]*?<\/summary>/.test(element(fig, 'details', fig.search(/<details\b/)))).toBe(true);
      expect(bodyRows(table).length).toBeGreaterThan(0);
      expect(table).toMatch(/<th\b[^>]*scope="col"/);
    });

    it('links to its data as CSV and JSON, and both exist', () => {
      const links = startTags(fig).filter((t) => t.name === 'a').map((t) => attr(t.attrs, 'href'));
      for (const file of [`${data}.csv`, `${data}.json`]) {
        expect(links).toContain(file);
        expect(brokenTarget(file), file).toBeUndefined();
      }
    });
  });
}

describe('the chart pages', () => {
  it('/journey/ links to /grades/, and the home page to /journey/', () => {
    expect(read('/journey/')).toContain('href="/grades/"');
    expect(read('/')).toContain('href="/journey/"');
  });

  it('every link from /grades/ and /journey/ to a document resolves to a block on its page', () => {
    const broken: string[] = [];
    let count = 0;
    for (const path of ['/grades/', '/journey/']) {
      for (const t of startTags(read(path)).filter((t) => t.name === 'a')) {
        const href = attr(t.attrs, 'href') ?? '';
        if (!href.startsWith('/inspections/')) continue;
        count++;
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
  const html = markupOnly(read('/journey/'));
  const list = element(html, 'ol', html.search(/<ol\b[^>]*class="timeline/));
  const moments = (parse(readFileSync(new URL('../../content/timeline.yaml', import.meta.url), 'utf8')) as { id: string; quote: string; source: { document: string; block: string } }[]);

  it('lists every moment of content/timeline.yaml, quoting its words and linking to its block', () => {
    const items = [...list.matchAll(/<li\b([^>]*)>([\s\S]*?)<\/li>/g)].map((li) => ({ id: attr(li[1]!, 'id'), html: li[2]! }));
    // timeline.yaml is in time order (tests/unit/areas-timeline.test.ts); the page keeps it, ties included.
    expect(items.map((i) => i.id)).toEqual(moments.map((m) => `moment-${m.id}`));
    for (const m of moments) {
      const item = items.find((i) => i.id === `moment-${m.id}`)!;
      expect(text(item.html)).toContain(`“${m.quote}”`);
      expect(item.html).toContain(`href="/inspections/${m.source.document}/#${m.source.block}"`);
    }
  });
});
