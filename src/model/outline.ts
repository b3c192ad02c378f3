/**
 * A document's outline: each block's title, as a search result and a finding page show it ("Paragraph 98 · Services for looked after children › … › Being
 * healthy") and the judgement areas it belongs to. Pure, so it is unit-tested; made once per
 * document with the record (record-document.ts): the search records (search-records.ts) take
 * their titles from it, and document pages hand it to their body's components (document-body.ts).
 */
import { identifiedBlocks, type Block } from './body';

export interface OutlineBlock {
  /** "Paragraph 98", "Point 3 under paragraph 28", "Row “Being healthy”". */
  label: string;
  /** The headings above it (and, for a table row, its row groups), outermost first, joined by " › ". */
  section: string;
  /** The sub-result title: the label, then the section where there is one. */
  title: string;
  /** The judgement areas the block belongs to, in the document's words (none for most documents). */
  areas: string[];
}

/** A filter value as it appears in a search URL: lower-case words joined by hyphens. */
export function filterSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/ /g, '-');
}

/** Words for comparing a heading with an area: lower case, punctuation gone, a plural "s" dropped. */
function comparable(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ')} `;
}

/**
 * Whether a heading introduces the section on a judgement area: it names the area,
 * whole words, perhaps with more around it ("The experiences and progress of
 * children who need help and protection" → "Children who need help and protection").
 */
export function headingNamesArea(heading: string, area: string): boolean {
  return comparable(heading).includes(comparable(area));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutColon = (text: string) => text.replace(/\s*:\s*$/, '');

interface JudgementLike {
  area: string;
  source: string;
  alsoStatedIn?: string[];
}

/**
 * Every block with an id, with its title and judgement areas, given each block's label
 * (src/model/labels.ts). A block is in an area when it states that judgement (its source
 * or "also stated in"), or when it sits in the section whose heading names the area (the
 * heading included).
 */
export function documentOutline(blocks: Block[], labels: ReadonlyMap<string, string>, judgements: readonly JudgementLike[]): Map<string, OutlineBlock> {
  const stated = new Map<string, string[]>();
  for (const j of judgements) {
    for (const id of [j.source, ...(j.alsoStatedIn ?? [])]) stated.set(id, [...(stated.get(id) ?? []), j.area]);
  }
  const areaNames = [...new Set(judgements.map((j) => j.area))];

  const headings: { level: number; text: string; areas: string[] }[] = [];
  const out = new Map<string, OutlineBlock>();
  const add = (id: string, label: string, extraSection: string[] = [], ownAreas: string[] = []) => {
    const section = [...headings.map((h) => withoutColon(h.text)), ...extraSection].join(' › ');
    const areas = [...new Set([...headings.flatMap((h) => h.areas), ...ownAreas, ...(stated.get(id) ?? [])])];
    out.set(id, { label, section, title: section ? `${label} · ${section}` : label, areas });
  };
  const labelOf = (id: string) => capitalise(labels.get(id) ?? id);

  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        while (headings.length && headings[headings.length - 1]!.level >= block.level) headings.pop();
        const named = areaNames.filter((area) => headingNamesArea(block.text, area));
        // A heading is titled by its own words; its section is the headings above it.
        add(block.id, withoutColon(block.text), [], named);
        headings.push({ level: block.level, text: block.text, areas: named });
        break;
      }
      case 'list':
        for (const point of block.points) add(point.id, labelOf(point.id));
        break;
      case 'table': {
        add(block.id, block.caption ? `Table “${block.caption}”` : 'Table');
        for (const body of block.bodies) {
          const groups: string[] = [];
          for (const row of body) {
            if (row.type === 'group') {
              if (!row.sub) groups.length = 0;
              else groups.splice(1);
              add(row.id, `Row “${row.text}”`, [...groups]);
              groups.push(row.text);
            } else {
              add(row.id, `Row “${row.header}”`, [...groups]);
            }
          }
        }
        break;
      }
      case 'text':
        add(block.id, `Text “${block.lines[0] ?? ''}”`);
        break;
      case 'contents':
        // The contents list repeats the headings; it is kept out of the index.
        break;
      default:
        add(block.id, labelOf(block.id));
    }
  }
  // Every block the document's own id list holds has a title (the contents list aside).
  for (const { id, block } of identifiedBlocks(blocks)) {
    if (!out.has(id) && block.type !== 'contents') throw new Error(`no search title for block ${id}`);
  }
  return out;
}
