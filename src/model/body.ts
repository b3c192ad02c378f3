/**
 * The format of a document's MDX body: one block per line (or per small group of
 * lines), each an element with a stable id. serializeBody writes it (the import),
 * parseBody reads it back (the site, the data files, the checks). Because both live
 * here, the format is defined once, and a round trip is tested.
 */
import { escapeText, unescapeText } from './mdx-text';

export interface HeadingBlock { type: 'heading'; level: 2 | 3 | 4; id: string; text: string }
/** A paragraph of findings: numbered in Ofsted's reports, unnumbered elsewhere. */
export interface ParagraphBlock { type: 'paragraph'; id: string; number?: string; text: string }
/** Framing text that is not a finding: cover, letterhead, address, sign-off. Lines kept. */
export interface TextBlock { type: 'text'; id: string; lines: string[] }
/** A grade stated on its own line under a heading ("Grade 2 (Good)"). */
export interface GradeBlock { type: 'grade'; id: string; text: string }
export interface Point { id: string; text: string }
export interface ListBlock { type: 'list'; points: Point[] }
export interface TableRow { type: 'row'; id: string; depth: number; header: string; cells: string[] }
export interface TableGroup { type: 'group'; id: string; sub: boolean; text: string }
export interface TableBlock {
  type: 'table';
  id: string;
  caption?: string;
  head?: string[];
  /** Row groups (tbody); a table without groups has one. */
  bodies: (TableRow | TableGroup)[][];
}
export interface ContentsEntry { target: string; text: string }
export interface ContentsBlock { type: 'contents'; id: string; entries: ContentsEntry[] }

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TextBlock
  | GradeBlock
  | ListBlock
  | TableBlock
  | ContentsBlock;

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);
const e = escapeText;

function serializeBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<Heading level="${block.level}" id="${block.id}">${e(block.text)}</Heading>`;
    case 'paragraph':
      return `<Paragraph id="${block.id}"${attr('number', block.number)}>${e(block.text)}</Paragraph>`;
    case 'text':
      return `<Text id="${block.id}">${block.lines.map(e).join('<br />')}</Text>`;
    case 'grade':
      return `<Grade id="${block.id}">${e(block.text)}</Grade>`;
    case 'list':
      return ['<List>', ...block.points.map((p) => `<Point id="${p.id}">${e(p.text)}</Point>`), '</List>'].join('\n');
    case 'contents':
      return [
        `<Contents id="${block.id}">`,
        ...block.entries.map((entry) => `<Entry target="${entry.target}">${e(entry.text)}</Entry>`),
        '</Contents>',
      ].join('\n');
    case 'table': {
      const lines = [`<Table id="${block.id}">`];
      if (block.caption !== undefined) lines.push(`<Caption>${e(block.caption)}</Caption>`);
      if (block.head) lines.push(`<Head>${block.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</Head>`);
      for (const body of block.bodies) {
        lines.push('<Rows>');
        for (const row of body) {
          if (row.type === 'group') {
            lines.push(`<Group id="${row.id}"${row.sub ? ' sub' : ''}>${e(row.text)}</Group>`);
          } else {
            const cells = row.cells.map((c) => `<td>${e(c)}</td>`).join('');
            const depth = row.depth > 1 ? attr('depth', String(row.depth)) : '';
            lines.push(`<Row id="${row.id}"${depth}><th scope="row">${e(row.header)}</th>${cells}</Row>`);
          }
        }
        lines.push('</Rows>');
      }
      lines.push('</Table>');
      return lines.join('\n');
    }
  }
}

export function serializeBody(blocks: Block[]): string {
  return blocks.map(serializeBlock).join('\n\n') + '\n';
}

const PATTERNS = {
  heading: /^<Heading level="([234])" id="([^"]+)">(.*)<\/Heading>$/,
  paragraph: /^<Paragraph id="([^"]+)"(?: number="([^"]+)")?>(.*)<\/Paragraph>$/,
  text: /^<Text id="([^"]+)">(.*)<\/Text>$/,
  grade: /^<Grade id="([^"]+)">(.*)<\/Grade>$/,
  point: /^<Point id="([^"]+)">(.*)<\/Point>$/,
  contents: /^<Contents id="([^"]+)">$/,
  entry: /^<Entry target="([^"]+)">(.*)<\/Entry>$/,
  table: /^<Table id="([^"]+)">$/,
  caption: /^<Caption>(.*)<\/Caption>$/,
  head: /^<Head>(.*)<\/Head>$/,
  group: /^<Group id="([^"]+)"( sub)?>(.*)<\/Group>$/,
  row: /^<Row id="([^"]+)"(?: depth="(\d)")?><th scope="row">(.*?)<\/th>(.*)<\/Row>$/,
};
const CELLS = /<t[hd][^>]*>(.*?)<\/t[hd]>/g;
const cellsOf = (html: string) => [...html.matchAll(CELLS)].map((m) => unescapeText(m[1]!));

export class BodyFormatError extends Error {}

/** Reads a body written by serializeBody; any other line is an error naming its line number. */
export function parseBody(body: string): Block[] {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new BodyFormatError(`line ${i + 1} of the body: ${message}: ${JSON.stringify(lines[i]?.slice(0, 80))}`);
  };
  const next = () => lines[++i] ?? fail('the body ends inside an element');

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let m: RegExpExecArray | null;
    if ((m = PATTERNS.heading.exec(line))) {
      blocks.push({ type: 'heading', level: Number(m[1]) as 2 | 3 | 4, id: m[2]!, text: unescapeText(m[3]!) });
    } else if ((m = PATTERNS.paragraph.exec(line))) {
      const block: ParagraphBlock = { type: 'paragraph', id: m[1]!, text: unescapeText(m[3]!) };
      if (m[2] !== undefined) block.number = m[2];
      blocks.push(block);
    } else if ((m = PATTERNS.text.exec(line))) {
      blocks.push({ type: 'text', id: m[1]!, lines: m[2]!.split('<br />').map(unescapeText) });
    } else if ((m = PATTERNS.grade.exec(line))) {
      blocks.push({ type: 'grade', id: m[1]!, text: unescapeText(m[2]!) });
    } else if (line === '<List>') {
      const points: Point[] = [];
      for (let l = next(); l !== '</List>'; l = next()) {
        const p = PATTERNS.point.exec(l) ?? fail('expected <Point> or </List>');
        points.push({ id: p[1]!, text: unescapeText(p[2]!) });
      }
      blocks.push({ type: 'list', points });
    } else if ((m = PATTERNS.contents.exec(line))) {
      const entries: ContentsEntry[] = [];
      for (let l = next(); l !== '</Contents>'; l = next()) {
        const p = PATTERNS.entry.exec(l) ?? fail('expected <Entry> or </Contents>');
        entries.push({ target: p[1]!, text: unescapeText(p[2]!) });
      }
      blocks.push({ type: 'contents', id: m[1]!, entries });
    } else if ((m = PATTERNS.table.exec(line))) {
      const table: TableBlock = { type: 'table', id: m[1]!, bodies: [] };
      for (let l = next(); l !== '</Table>'; l = next()) {
        let t: RegExpExecArray | null;
        if ((t = PATTERNS.caption.exec(l))) table.caption = unescapeText(t[1]!);
        else if ((t = PATTERNS.head.exec(l))) table.head = cellsOf(t[1]!);
        else if (l === '<Rows>') {
          const rows: (TableRow | TableGroup)[] = [];
          for (let r = next(); r !== '</Rows>'; r = next()) {
            let g: RegExpExecArray | null;
            if ((g = PATTERNS.group.exec(r))) {
              rows.push({ type: 'group', id: g[1]!, sub: g[2] !== undefined, text: unescapeText(g[3]!) });
            } else if ((g = PATTERNS.row.exec(r))) {
              rows.push({
                type: 'row',
                id: g[1]!,
                depth: g[2] === undefined ? 1 : Number(g[2]),
                header: unescapeText(g[3]!),
                cells: cellsOf(g[4]!),
              });
            } else fail('expected <Row>, <Group> or </Rows>');
          }
          table.bodies.push(rows);
        } else fail('expected <Caption>, <Head>, <Rows> or </Table>');
      }
      blocks.push(table);
    } else {
      fail('not an element of the document format');
    }
  }
  return blocks;
}

/** Every block that carries an id, with the plain text it holds, in document order. */
export function identifiedBlocks(blocks: Block[]): { id: string; text: string; block: Block }[] {
  const out: { id: string; text: string; block: Block }[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'list':
        for (const p of block.points) out.push({ id: p.id, text: p.text, block });
        break;
      case 'table':
        out.push({ id: block.id, text: block.caption ?? '', block });
        for (const row of block.bodies.flat()) {
          out.push({ id: row.id, text: row.type === 'group' ? row.text : [row.header, ...row.cells].join(' '), block });
        }
        break;
      case 'text':
        out.push({ id: block.id, text: block.lines.join('\n'), block });
        break;
      case 'contents':
        out.push({ id: block.id, text: block.entries.map((x) => x.text).join('\n'), block });
        break;
      default:
        out.push({ id: block.id, text: block.text, block });
    }
  }
  return out;
}
