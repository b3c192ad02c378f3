/**
 * Turns repaired lines into the blocks of the document format, with stable ids,
 * and pins each repair note to the block it ended up in.
 */
import type { Block, ContentsBlock, ListBlock, TableBlock, TableGroup, TableRow } from '../../src/model/body';
import type { Repair } from '../../src/model/schema';
import { isBlank, quote, type Line, type Note } from './lines';
import type { Profile, TableProfile } from './profile';
import { slug } from './slug';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Structured {
  blocks: Block[];
  repairs: Repair[];
}

export function structure(lines: Line[], profile: Profile): Structured {
  const blocks: Block[] = [];
  const repairs: Repair[] = [];
  const pin = (notes: Note[], at: string) => notes.forEach((n) => repairs.push({ kind: n.kind, at, detail: n.detail }));
  const headingIds: string[] = [];
  let nextHeading = 0;
  let paragraphs = 0;
  let lastParagraph: string | undefined;
  const pointsAfter = new Map<string, number>();
  let contents: { block: ContentsBlock; notes: Note[] } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const text = clean(l.text);
    const expected = profile.headings[nextHeading];
    const table = profile.tables.find((t) => t.start === text);
    const framing = profile.framing.find(([start]) => text.startsWith(start) && !/[\w]/.test(text[start.length] ?? ''));
    let m: RegExpExecArray | null;

    if (expected && text === expected[0]) {
      const [, level, explicitId] = expected;
      const id = explicitId ?? slug(text);
      if (headingIds.includes(id)) throw new Error(`${profile.id}: heading id "${id}" is used twice; give "${text}" an id`);
      headingIds.push(id);
      nextHeading++;
      blocks.push({ type: 'heading', level, id, text });
      pin(l.notes, id);
      if (text === profile.contents) {
        const entries: ContentsBlock['entries'] = [];
        const notes: Note[] = [];
        while (i + 1 < lines.length && isBlank(lines[i + 1]!)) i++;
        while (i + 1 < lines.length && !isBlank(lines[i + 1]!)) {
          const raw = lines[++i]!.text;
          entries.push({ target: '', text: clean(raw.replace(/\t\d*\s*$/, '')) });
          if (/\t\d+\s*$/.test(raw)) notes.push({ kind: 'contents-page-numbers', detail: '' });
        }
        const block: ContentsBlock = { type: 'contents', id: 'contents-list', entries };
        contents = { block, notes };
        blocks.push(block);
      }
    } else if (table) {
      const tableLines: Line[] = [];
      while (i < lines.length && !(table.until && clean(lines[i]!.text).startsWith(table.until))) tableLines.push(lines[i++]!);
      i--;
      const parsed = parseTable(tableLines, table);
      blocks.push(parsed.block);
      parsed.notes.forEach(([notes, at]) => pin(notes, at));
    } else if ((m = /^Grade \d \([A-Za-z ]+\)$/.exec(text))) {
      const id = `${headingIds.at(-1) ?? 'document'}-grade`;
      blocks.push({ type: 'grade', id, text });
      pin(l.notes, id);
    } else if (profile.numbered && (m = /^(?:- )?(\d+)\. (.*)$/.exec(text))) {
      lastParagraph = `p${m[1]}`;
      blocks.push({ type: 'paragraph', id: lastParagraph, number: m[1]!, text: m[2]! });
      pin(l.notes, lastParagraph);
    } else if ((m = /^[-·▪] (.*)$/.exec(text))) {
      if (!lastParagraph) throw new Error(`${profile.id}: a bullet comes before any paragraph: ${quote(text)}`);
      const n = (pointsAfter.get(lastParagraph) ?? 0) + 1;
      pointsAfter.set(lastParagraph, n);
      const id = `${lastParagraph}-${n}`;
      const previous = blocks.at(-1);
      const list: ListBlock = previous?.type === 'list' ? previous : { type: 'list', points: [] };
      if (list !== previous) blocks.push(list);
      list.points.push({ id, text: m[1]! });
      pin(l.notes, id);
    } else if (framing) {
      const group = [l];
      const startsHeading = (next: Line) => clean(next.text) === profile.headings[nextHeading]?.[0];
      const [, id, most = Infinity] = framing;
      while (group.length < most && i + 1 < lines.length && !isBlank(lines[i + 1]!) && !startsHeading(lines[i + 1]!)) {
        group.push(lines[++i]!);
      }
      blocks.push({ type: 'text', id, lines: group.map((g) => clean(g.text)) });
      pin(group.flatMap((g) => g.notes), id);
    } else if (!profile.numbered) {
      const roman = /^([ivx]+)\. (.*)$/.exec(text);
      lastParagraph = `p${++paragraphs}`;
      blocks.push(
        roman
          ? { type: 'paragraph', id: lastParagraph, number: roman[1]!, text: roman[2]! }
          : { type: 'paragraph', id: lastParagraph, text },
      );
      pin(l.notes, lastParagraph);
    } else {
      throw new Error(`${profile.id}: an unnumbered line in a numbered document is neither heading nor framing: ${quote(text)}`);
    }
  }

  if (nextHeading < profile.headings.length) {
    throw new Error(`${profile.id}: heading not found in order: ${quote(profile.headings[nextHeading]![0])}`);
  }
  if (contents) resolveContents(contents.block, blocks, contents.notes, repairs);
  return { blocks, repairs };
}

/** Each contents entry links to the next heading, after the contents, with its words. */
function resolveContents(block: ContentsBlock, blocks: Block[], notes: Note[], repairs: Repair[]) {
  const headings = blocks.slice(blocks.indexOf(block)).filter((b) => b.type === 'heading');
  let from = 0;
  for (const entry of block.entries) {
    const at = headings.findIndex((h, k) => k >= from && h.text === entry.text);
    if (at < 0) throw new Error(`contents entry has no heading: ${quote(entry.text)}`);
    entry.target = headings[at]!.id;
    from = at + 1;
  }
  if (notes.length) {
    repairs.push({
      kind: 'contents-page-numbers',
      at: block.id,
      detail: `The page numbers of the printed report (${notes.length} of the ${block.entries.length} entries had one) were removed from the contents; each entry links to its section instead.`,
    });
  }
}

function parseTable(lines: Line[], profile: TableProfile): { block: TableBlock; notes: [Note[], string][] } {
  const rows: { cells: string[]; notes: Note[] }[] = [];
  let afterBlank = true;
  for (const l of lines) {
    if (isBlank(l)) {
      afterBlank = true;
      continue;
    }
    const cells = l.text.split('\t').map((c) => c.replace(/\s+/g, ' ').replace(/^ /, ''));
    while (cells.length && cells[0]!.trim() === '') cells.shift();
    while (cells.length && cells.at(-1)!.trim() === '') cells.pop();
    const current = rows.at(-1);
    if (afterBlank || !/^\s/.test(l.text) || !current) rows.push({ cells, notes: [...l.notes] });
    else {
      current.cells.push(...cells);
      current.notes.push(...l.notes);
    }
    afterBlank = false;
  }

  for (const row of rows) row.cells = row.cells.map((c) => c.trim()).filter((c) => c !== '');

  const block: TableBlock = { type: 'table', id: profile.id, bodies: [] };
  const notes: [Note[], string][] = [];
  const queue = rows.filter((r) => r.cells.length > 0);
  if (profile.caption) {
    const first = queue.shift()!;
    block.caption = first.cells.join(' ');
    notes.push([first.notes, profile.id]);
  }
  if (profile.headRow) block.head = queue.shift()!.cells;
  else if (profile.head) block.head = profile.head;
  const width = block.head?.length ?? Math.max(...queue.map((r) => r.cells.length));

  let group: string | undefined;
  let body: (TableRow | TableGroup)[] = [];
  for (const row of queue) {
    const [header, ...cells] = row.cells as [string, ...string[]];
    let id: string;
    if (cells.length === 0 && profile.groups) {
      const key = profile.groups[header];
      if (key !== undefined) {
        group = key;
        if (body.length) block.bodies.push(body);
        body = [];
        id = `${profile.id}-${key}`;
        body.push({ type: 'group', id, sub: false, text: header });
      } else {
        id = `${profile.id}-${group}-${slug(header, 3)}`;
        body.push({ type: 'group', id, sub: true, text: header });
      }
    } else {
      const number = /^(\d+(?:\.\d+)*)\.? /.exec(header);
      id = number
        ? `${profile.id}-${number[1]!.replace(/\./g, '-')}`
        : [profile.id, group, slug(header, 6)].filter(Boolean).join('-');
      while (cells.length < width - 1) cells.push('');
      body.push({ type: 'row', id, depth: number ? number[1]!.split('.').length : 1, header, cells });
    }
    notes.push([row.notes, id]);
  }
  block.bodies.push(body);
  return { block, notes };
}
