/**
 * The search index's records: one per block a reader can land on (paragraph,
 * point, table row, grade line, heading, framing text), each with its URL
 * (`…/#p30`), the words the page shows, the words a reader may type for them
 * that the text does not use (an abbreviation's expansion and back, a sum of
 * money as readers write it, the document's year), its title and its filters.
 * Pure: src/data/search-records.ts hands it the documents, and
 * src/integrations/search-index.ts gives the records to Pagefind, in memory.
 */
import { identifiedBlocks, type Block } from './body';
import { formsOf, type GlossaryMatcher } from './glossary';
import { filterSlug, type OutlineBlock } from './outline';
import { publisherOf } from './vocabulary';
import { z } from 'astro/zod';
import { INDEX_REPEATS } from './search-groups';
import { DATE_WORD, FIGURE_WORD, meaningPrefix, NUMBER_WORDS, plainWords, STANDS_FOR, STOP_WORDS } from './search-words';
import type { DocumentType, FindingKind } from './vocabulary';

/** The filters a record carries, each a list of URL-ready values. */
export const SEARCH_FACETS = ['year', 'document', 'publisher', 'area', 'kind', 'theme'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** A word a reader types, and the documents' words it stands for (a trailing * matches any ending). */
export const searchSynonymSchema = z.object({
  reader: z.string().regex(/^[a-z0-9]+$/, 'one lower-case word'),
  documents: z.array(z.string().regex(/^[\p{L}\p{N}' -]+\*?$/u, 'words, with at most a trailing *')).min(1),
});
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
export const searchSynonymsSchema = z.array(searchSynonymSchema);

/**
 * Readers' phrases and the documents' that mean the same (content/search-meanings.yaml): a block
 * holding any of `phrases` is indexed with `key`; a query holding any of them, or of `asked`,
 * searches `key` (src/scripts/search-query.ts).
 */
export const searchMeaningSchema = z.object({
  key: z.string().regex(/^[a-z]+$/, 'lower-case letters'),
  as: z.string().min(1),
  phrases: z.array(z.string().regex(/^[\p{L}\p{N}' -]+\*?$/u, 'words, with at most a trailing *')).default([]),
  asked: z.array(z.string().regex(/^[\p{L}\p{N}' -]+$/u, 'words')).default([]),
  keep: z.boolean().default(false),
});
export type SearchMeaning = z.infer<typeof searchMeaningSchema>;
export const searchMeaningsSchema = z.array(searchMeaningSchema);

/** A meaning as the search page reads it: [key, as, keep (1 or 0), …phrases and asked as plain words (a trailing * kept)]. */
export type MeaningEntry = [key: string, as: string, keep: 0 | 1, ...phrases: string[]];
export const meaningEntry = (m: SearchMeaning): MeaningEntry => [m.key, m.as, m.keep ? 1 : 0, ...[...m.phrases, ...m.asked].map((p) => plainWords(p).join(' ') + (p.endsWith('*') ? '*' : ''))];

/** A file of meanings closes once it holds this many characters (about 0.4 kB gzipped): some thirty files, where a file a prefix made 87 (a static host counts files). */
const MEANING_FILE_CHARS = 800;

/**
 * The meanings as the search page fetches them, file name → meanings. A phrase is filed under the
 * `meaningPrefix` of its first word that is not a common word (or, of common words alone, its first);
 * a file holds the meanings of a run of prefixes in order, each meaning whole (the first page reads all
 * of a meaning's phrases), and is named by its prefixes ("ca.ch"). A query fetches the files holding its
 * words' prefixes (src/scripts/search-query.ts `meaningsFor`), about 0.4 kB gzipped, not every meaning (2 kB).
 */
export function meaningFiles(meanings: SearchMeaning[]): Map<string, MeaningEntry[]> {
  const byPrefix = new Map<string, MeaningEntry[]>();
  for (const m of meanings) {
    const entry = meaningEntry(m);
    for (const p of entry.slice(3) as string[]) {
      const words = plainWords(p);
      const prefix = meaningPrefix(words.find((w) => !STOP_WORDS.has(w)) ?? words[0]!);
      byPrefix.set(prefix, [...new Set([...(byPrefix.get(prefix) ?? []), entry])]);
    }
  }
  const files = new Map<string, MeaningEntry[]>();
  let prefixes: string[] = [];
  let held: MeaningEntry[] = [];
  const close = () => {
    if (prefixes.length) files.set(prefixes.join('.'), held);
    [prefixes, held] = [[], []];
  };
  for (const [prefix, entries] of [...byPrefix].sort(([a], [b]) => a.localeCompare(b))) {
    prefixes.push(prefix);
    held = [...new Set([...held, ...entries])];
    if (JSON.stringify(held).length >= MEANING_FILE_CHARS) close();
  }
  close();
  return files;
}

/**
 * Framing blocks no reader is looking for, and which a year or a common word would list first:
 * letterheads, salutations, sign-offs and addresses. They are not indexed.
 */
export const NEVER_LISTED = new Set(['letterhead', 'salutation', 'sign-off', 'address']);

/**
 * How much a block's score counts against others' (src/scripts/search-pipeline.ts `firstPageFirst`), from what it
 * is: paragraphs, points and the rows of a judgements table in full; headings, framing text and tables
 * less; bare grade lines and rows that are not findings (a grade scale's definitions) least. So a finding
 * that judges ranks above a heading, a scale's definition or a grade line holding as many of the words.
 */
export function weightOf(form: string, finding: object | undefined): number {
  if (form === 'row') return finding ? 1 : 0.5;
  if (form === 'grade') return 0.6;
  if (form === 'heading' || form === 'table') return 0.7;
  if (form === 'text') return 0.9;
  return 1;
}

export interface SearchRecord {
  url: string;
  /**
   * What Pagefind indexes: the block's words, each once (how often a word recurs in a
   * short block says little), common words left out, then the words a reader may type
   * for them that the text does not use. The index is most of what a search fetches,
   * so it holds no more than search needs.
   */
  content: string;
  /**
   * Pagefind indexes every meta field's words as if the block held them, so a record
   * has none: what a result shows travels as filters (`text`, `label`, `form`,
   * `repeated`), which Pagefind only hands back with the record: each filter is a file
   * of its own that a search loads only when it filters by it, which these never are.
   */
  meta: Record<string, never>;
  filters: Record<SearchFacet, string[]> & {
    /** The block's words as the page shows them: what a result quotes and its link points at. */
    text: [string];
    /** "Paragraph 98 · Services for looked after children › … › Being healthy". */
    label: [string];
    /** What the block is: heading, paragraph, point, row, grade, text or table. */
    form: [string];
    /** ["yes"] when the block's words occur elsewhere on its page, so a text fragment could land there instead. */
    repeated: string[];
    /** How much its score counts (`weightOf`), where less than in full. */
    weight: string[];
    /**
     * Each word a reader may type that the text does not use, with the text's words it stands for
     * ("IRO → independent reviewing officers"): what a result marks when it matched through it.
     */
    stands: string[];
  };
}

/** A form a reader may type for some of the text's words, and those words as the text writes them. */
export interface ReaderForm {
  form: string;
  stands: string;
}

export interface RecordSource {
  id: string;
  year: number;
  documentType: DocumentType;
  blocks: Block[];
  /** Each block's title and judgement areas (./outline.ts). */
  outline: ReadonlyMap<string, OutlineBlock>;
  /** Block id → the finding's kind and themes, for the blocks that are findings. */
  findings: Map<string, { kind: FindingKind; themes: string[] }>;
  url: (blockId: string) => string;
}

/**
 * Sums of money and counts as readers write them, for those the text writes
 * another way: "£5m" is also "5 million" and "£5 million"; "5 million" is also "5m".
 */
export function numberForms(text: string): ReaderForm[] {
  const forms: ReaderForm[] = [];
  for (const m of text.matchAll(/£?(\d+(?:\.\d+)?)\s?(m|bn|k)\b/gi)) {
    const word = { m: 'million', bn: 'billion', k: 'thousand' }[m[2]!.toLowerCase() as 'm' | 'bn' | 'k'];
    forms.push({ form: `${m[1]} ${word}`, stands: m[0] });
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s(million|billion)\b/gi)) forms.push({ form: `${m[1]}${m[2]!.toLowerCase() === 'million' ? 'm' : 'bn'}`, stands: m[0] });
  return forms;
}

/**
 * An abbreviation's other form for every glossary abbreviation the text uses, either
 * way: "CAMHS" adds "child and adolescent mental health services"; and the
 * abbreviations readers use for a term the text spells out: "independent reviewing
 * officers" adds "IRO". (A term's other wordings are left out: "looked after
 * children" would add "children in care" to a third of the record.)
 */
export function glossaryForms(text: string, matcher: GlossaryMatcher): ReaderForm[] {
  const out: ReaderForm[] = [];
  const add = (form: string, stands: string) => {
    if (!out.some((f) => f.form === form)) out.push({ form, stands });
  };
  for (const match of matcher.find(text)) {
    // The abbreviations readers use for this entry's words (IRO for independent reviewing officer).
    for (const e of matcher.entries) if (e.standsFor === match.entry.id) add(e.term, match.text);
    const forms = formsOf(match.entry);
    const short = forms.filter((f) => f.abbreviation);
    if (!short.length) continue;
    const written = match.form.abbreviation ? forms.filter((f) => !f.abbreviation) : short;
    for (const form of written) add(form.text, match.text);
  }
  return out;
}

/** The documents' words of a synonym as plain words, its trailing * left off: worked out once each, as every block asks. */
const stems = new Map<string, string[]>();
const stemOf = (d: string) => stems.get(d) ?? stems.set(d, plainWords(d.replace(/\*$/, ''))).get(d)!;

/** The reader's words for the documents' words the text uses (content/search-synonyms.yaml), each with the first of those words it uses. */
export function synonymsOf(text: string, synonyms: Pick<SearchSynonym, 'reader' | 'documents'>[]): ReaderForm[] {
  const words = plainWords(text);
  // Where each word stands, so a synonym's words are looked for only where their first word does.
  const at = new Map<string, number[]>();
  words.forEach((w, i) => (at.get(w) ?? at.set(w, []).get(w)!).push(i));
  /** Where the text holds the documents' words `d` (a trailing * matching any ending of its last word): the words as held. */
  const held = (d: string) => {
    const stem = stemOf(d);
    const open = d.endsWith('*');
    const fits = (i: number) => stem.every((w, j) => (open && j === stem.length - 1 ? words[i + j]!.startsWith(w) : words[i + j] === w));
    // A one-word stem open at its end matches words its first does not equal: every place is a candidate.
    const starts = !stem.length ? [0] : open && stem.length === 1 ? words.keys() : (at.get(stem[0]!) ?? []);
    for (const i of starts) if (i + stem.length <= words.length && fits(i)) return words.slice(i, i + stem.length).join(' ');
    return undefined;
  };
  // Every one of its words the text holds, so a result marks them all.
  return synonyms.flatMap((s) => [...new Set(s.documents.map(held).filter((h) => h !== undefined))].map((stands) => ({ form: s.reader, stands })));
}

/**
 * Stages readers shorten: "Key Stage 4" is also KS4, "Key Stages 1 and 2" KS1 and KS2.
 */
export function stageForms(text: string): ReaderForm[] {
  const forms: ReaderForm[] = [];
  for (const m of text.matchAll(/\bkey stages? (\d(?:(?:\s*,\s*|\s+and\s+|\s+to\s+)\d)*)/gi)) {
    for (const n of m[1]!.match(/\d/g)!) if (!forms.some((f) => f.form === `KS${n}`)) forms.push({ form: `KS${n}`, stands: m[0] });
  }
  return forms;
}

/**
 * What a reader asks for a letter's framing blocks by, where the block itself does not say it:
 * "who signed the 2009 letter", "who wrote the letter", "who was it addressed to".
 */
const ROLE_WORDS: Record<string, string[]> = {
  signatory: ['signed', 'signature', 'signatory', 'wrote', 'written', 'author'],
  address: ['addressed', 'recipient'],
  copies: ['copied'],
};

const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Easter)\b/;

/** Whether a text gives a date: a month (with its capital: "may" is not May), Easter or a year. */
export function statesDate(text: string): boolean {
  return MONTHS.test(text) || /\b(19|20)\d\d\b/.test(text);
}

const NUMBER_WORD = new RegExp(`\\b(${[...NUMBER_WORDS].join('|')})\\b`, 'i');

/** Whether a text gives a figure: a number in words or digits, but not a year, a grade or the number of a line ("2.1 Adoption performance"). */
export function statesFigure(text: string): boolean {
  return NUMBER_WORD.test(text) || /\d/.test(text.replace(/^\s*\d+(\.\d+)*\.?\s/, '').replace(/\bgrade \d\b/gi, '').replace(/\b(19|20)\d\d\b/g, ''));
}


/** How many uses of a word a block's index holds: more add little to its score and cost positions. */
const USES_KEPT = 3;

/**
 * Each reader's form as many times as the text uses the words it stands for, up to USES_KEPT: a block
 * saying "infant mortality" twice and "safer sleeping" once holds the meaning's key three times, as it
 * would hold a word it said three times, so ranking weighs how much a block is about it, not only whether.
 */
function formUses(text: string, forms: ReaderForm[]): string[] {
  const plain = ` ${plainWords(text).join(' ')} `;
  const uses = new Map<string, number>();
  for (const f of forms) uses.set(f.form, (uses.get(f.form) ?? 0) + Math.max(1, plain.split(` ${plainWords(f.stands).join(' ')} `).length - 1));
  return [...uses].flatMap(([form, n]) => Array<string>(Math.min(n, USES_KEPT)).fill(form));
}

/** The words Pagefind indexes for a text, in its order: lower case, the common ones left out, hyphens kept (Pagefind indexes "re-inspection" as re, inspection and reinspection). */
function indexWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w && !STOP_WORDS.has(w));
  // Each word's first three uses, where they stand: the search reads which of a question's words stand together from their places.
  const uses = new Map<string, number>();
  return words.flatMap((w) => {
    const n = (uses.get(w) ?? 0) + 1;
    uses.set(w, n);
    return n <= USES_KEPT ? Array<string>(INDEX_REPEATS).fill(w) : [];
  });
}

/** Every block of a document that a reader can land on, as a search record. */
export function searchRecords(source: RecordSource, matcher: GlossaryMatcher, synonyms: SearchSynonym[], meanings: SearchMeaning[] = []): SearchRecord[] {
  const keys = meanings.map((m) => ({ reader: m.key, documents: m.phrases }));
  const blocks = identifiedBlocks(source.blocks).filter(({ block }) => block.type !== 'contents');
  const texts = blocks.map(({ text }) => plainWords(text).join(' '));
  // The texts one after another, each where `starts` says: a text (letters, digits and spaces) found anywhere else in
  // it is in another block's text, as the line breaks between them are in none.
  const joined = texts.join('\n');
  let end = 0;
  const starts = texts.map((t) => (end += t.length + 1) - t.length - 1);
  const publisher = publisherOf(source.documentType);
  return blocks.flatMap(({ id, text, block }, i) => {
    const shown = text.split(/\s+/).filter(Boolean);
    const search = source.outline.get(id);
    if (!search || !shown.length || NEVER_LISTED.has(id)) return [];
    const finding = source.findings.get(id);
    const form = formOf(block, id);
    const readerForms = [...glossaryForms(text, matcher), ...numberForms(text), ...stageForms(text), ...synonymsOf(text, synonyms), ...synonymsOf(text, keys)];
    const added = [
      ...formUses(text, readerForms),
      // A judgement line or row is what "rated" and "judged" ask for; a figure is what "how many" asks for, a date what "when" asks for.
      ...(finding?.kind === 'judgement' ? ['rated', 'judged', 'grade'] : []),
      ...(statesFigure(text) ? [FIGURE_WORD] : []),
      ...(statesDate(text) ? [DATE_WORD] : []),
      ...(form === 'text' ? (ROLE_WORDS[id] ?? []) : []),
    ];
    // Said again elsewhere on the page: in another block's text (whole, or within it).
    const first = joined.indexOf(texts[i]!);
    const repeated = texts[i] ? first !== starts[i] || joined.includes(texts[i]!, first + 1) : texts.length > 1;
    return [
      {
        url: source.url(id),
        content: indexWords([text, ...added].join(' ')).join(' '),
        meta: {},
        filters: {
          text: [shown.join(' ')],
          label: [search.title],
          form: [form],
          repeated: repeated ? ['yes'] : [],
          stands: [...new Set(readerForms.map((f) => `${f.form}${STANDS_FOR}${f.stands}`))],
          weight: weightOf(form, finding) === 1 ? [] : [String(weightOf(form, finding))],
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
