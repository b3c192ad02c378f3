/**
 * The search index's records: one per block a reader can land on (paragraph,
 * point, table row, grade line, heading, framing text), each with its URL
 * (`…/#p30`), the words the page shows, the words a reader may type for them
 * that the text does not use (an abbreviation's expansion and back, a sum of
 * money as readers write it, the document's year), its title and its filters.
 * Pure: src/pages/search/records.json.ts hands it the documents, and
 * src/integrations/search-index.ts gives the records to Pagefind.
 */
import { identifiedBlocks, type Block } from './body';
import { formsOf, type GlossaryMatcher } from './glossary';
import { filterSlug, publisherOf, searchBlocks } from './search';
import { FIGURE_WORD, plainWords, STOP_WORDS, type SearchSynonym } from './search-words';
import type { DocumentType, FindingKind } from './vocabulary';

/** The filters a record carries, each a list of URL-ready values. */
export const SEARCH_FACETS = ['year', 'document', 'publisher', 'area', 'kind', 'theme'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export interface SearchRecord {
  url: string;
  /**
   * What Pagefind indexes: each word of the block once (a block is short: how often a
   * word recurs in it says little), common words left out, then the words added for
   * search. Once each, to keep the index small: it is most of what a search fetches.
   */
  content: string;
  meta: {
    /**
     * "Paragraph 98 · Services for looked after children › … › Being healthy". Not `title`,
     * which Pagefind would index: every block under a heading would match its words.
     */
    label: string;
    /** The document's id. */
    document: string;
    /** The block's words as the page shows them: what a result quotes and its link points at. */
    text: string;
    /** What the block is: heading, paragraph, point, row, grade, text or table. */
    form: string;
    /** "1" when the block's words occur elsewhere on its page, so a text fragment could land there instead. */
    repeated?: string;
  };
  filters: Record<SearchFacet, string[]>;
}

export interface RecordSource {
  id: string;
  year: number;
  documentType: DocumentType;
  numbered: boolean;
  blocks: Block[];
  judgements: { area: string; source: string; alsoStatedIn?: string[] }[];
  /** Block id → the finding's kind and themes, for the blocks that are findings. */
  findings: Map<string, { kind: FindingKind; themes: string[] }>;
  url: (blockId: string) => string;
}

/**
 * Sums of money and counts as readers write them, for those the text writes
 * another way: "£5m" is also "5 million" and "£5 million"; "5 million" is also "5m".
 */
export function numberForms(text: string): string[] {
  const forms: string[] = [];
  for (const m of text.matchAll(/£?(\d+(?:\.\d+)?)\s?(m|bn|k)\b/gi)) {
    const word = { m: 'million', bn: 'billion', k: 'thousand' }[m[2]!.toLowerCase() as 'm' | 'bn' | 'k'];
    forms.push(`${m[1]} ${word}`);
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s(million|billion)\b/gi)) forms.push(`${m[1]}${m[2]!.toLowerCase() === 'million' ? 'm' : 'bn'}`);
  return forms;
}

/**
 * An abbreviation's other form for every glossary abbreviation the text uses, either
 * way: "CAMHS" adds "child and adolescent mental health services", "independent
 * reviewing officers" adds "IRO". (A term's other wordings are left out: "looked
 * after children" would add "children in care" to a third of the record.)
 */
export function glossaryForms(text: string, matcher: GlossaryMatcher): string[] {
  const out: string[] = [];
  for (const match of matcher.find(text)) {
    const forms = formsOf(match.entry);
    const short = forms.filter((f) => f.abbreviation);
    if (!short.length) continue;
    const written = match.form.abbreviation ? forms.filter((f) => !f.abbreviation) : short;
    for (const form of written) if (!out.includes(form.text)) out.push(form.text);
  }
  return out;
}

/** The reader's words for the documents' words the text uses (content/search-synonyms.yaml). */
export function synonymsOf(text: string, synonyms: SearchSynonym[]): string[] {
  const words = ` ${plainWords(text).join(' ')} `;
  return synonyms
    .filter((s) =>
      s.documents.some((d) => {
        const stem = plainWords(d.replace(/\*$/, '')).join(' ');
        return d.endsWith('*') ? words.includes(` ${stem}`) : words.includes(` ${stem} `);
      }),
    )
    .map((s) => s.reader);
}

/** Each word once, in order, lower case, the common ones left out; hyphens kept, as Pagefind indexes "re-inspection" as re, inspection and reinspection. */
export function indexWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w && !STOP_WORDS.has(w));
  return words;
}

/** Every block of a document that a reader can land on, as a search record. */
export function searchRecords(source: RecordSource, matcher: GlossaryMatcher, synonyms: SearchSynonym[]): SearchRecord[] {
  const titles = searchBlocks(source.blocks, source.numbered, source.judgements);
  const blocks = identifiedBlocks(source.blocks).filter(({ block }) => block.type !== 'contents');
  const texts = blocks.map(({ text }) => plainWords(text).join(' '));
  const pageText = ` ${texts.join(' | ')} `;
  const publisher = publisherOf(source.documentType);
  return blocks.flatMap(({ id, text, block }, i) => {
    const shown = text.split(/\s+/).filter(Boolean);
    const search = titles.get(id);
    if (!search || !shown.length) return [];
    const finding = source.findings.get(id);
    const form = formOf(block, id);
    const added = [
      ...glossaryForms(text, matcher),
      ...numberForms(text),
      ...synonymsOf(text, synonyms),
      // A judgement line or row is what "rated" and "judged" ask for; a figure is what "how many" asks for.
      ...(finding?.kind === 'judgement' ? ['rated', 'judged', 'grade'] : []),
      ...(/\d/.test(text.replace(/\b(19|20)\d\d\b/g, '')) ? [FIGURE_WORD] : []),
    ];
    const repeated = pageText.split(` ${texts[i]} `).length > 2 || texts.some((t, j) => j !== i && t.includes(texts[i]!));
    return [
      {
        url: source.url(id),
        content: indexWords([text, ...added].join(' ')).join(' '),
        meta: {
          label: search.title,
          document: source.id,
          text: shown.join(' '),
          form,
          ...(repeated ? { repeated: '1' } : {}),
        },
        filters: {
          year: [String(source.year)],
          document: [source.id],
          publisher: [publisher],
          area: search.areas.map(filterSlug),
          kind: finding ? [finding.kind] : [],
          theme: finding?.themes ?? [],
        },
      },
    ];
  });
}

function formOf(block: Block, id: string): string {
  if (block.type === 'list') return 'point';
  if (block.type === 'table') return block.id === id ? 'table' : 'row';
  return block.type;
}
