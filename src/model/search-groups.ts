/**
 * How the search records (one per block, src/model/search-records.ts) are laid
 * out in Pagefind's index: consecutive blocks of one document share a Pagefind
 * record, a group, each block at a fixed stride of word positions. Pagefind's
 * metadata file, which the first search fetches whole, lists every record, so
 * fewer records keep the first search light as the documents grow (at 100 times
 * the documents, a record a block made it 245 kB); a search still hands back
 * every word position it matched, and the stride turns a position back into its
 * block, so ranking stays a block's. What a result shows is a small file per
 * block (`blockFile`), fetched only for the results shown.
 *
 * Imports nothing at run time: the search page's script uses the layout too.
 */
import type { LandingContext } from './search-landing';
import type { SearchRecord } from './search-records';

/** Blocks in one Pagefind record (at 100 times today's documents: 5,500 records, a metadata file of 36 kB). */
export const GROUP_SIZE = 8;
/**
 * How many times the index holds each word of a block (times how often the block
 * uses it, up to three). Pagefind cuts its index into files of about 20,000 word
 * positions, alphabetically, and a search fetches the files that hold its words;
 * the size is not an option. A block's words once each would make files of 20 kB,
 * so a three-word question would fetch 40 to 60 kB; held sixteen times, the files are
 * of 3 to 5 kB (the repeats cost little, as their positions follow one another), and the
 * same question fetches at most about 16 kB (eight times made files of 9 kB). A word's
 * repeats are all "the word" to Pagefind's ranking; they stand in a row, which
 * `strideWords` relies on.
 */
export const INDEX_REPEATS = 16;

/**
 * Pagefind cuts its index into files of about this many word positions. A word whose uses,
 * `INDEX_REPEATS` positions each, would fill more than one is held once a use, the rest of
 * each run filler: its file is its own whatever its size, so the repeats make no file smaller,
 * and a search reads every position of the words it searches (at 100 times the record, the
 * sixteen positions a use of "children" made it the slowest query). Its uses stand where they
 * did, and the search counts a use by its run's start either way (src/scripts/search-blocks.ts).
 */
const FILE_POSITIONS = 20_000;

/** Word positions each block of a group occupies: block i holds [i × BLOCK_STRIDE, (i + 1) × BLOCK_STRIDE). */
export const BLOCK_STRIDE = 4096;
/**
 * Fills a block's unused positions. Pagefind counts every whitespace-separated
 * token as a word position but indexes only its letters and digits, so this is
 * a position holding nothing.
 */
const FILLER = '.';
/**
 * A block's length, in classes each LENGTH_STEP times the last from SHORTEST
 * positions (8 classes: three uses of words, 5, 9 … 123 uses, each `INDEX_REPEATS`
 * positions), is where in its stride its words start: each word is indexed a multiple
 * of sixteen times in a row, so every word of the block starts that many positions
 * past a multiple of sixteen, and of eight.
 */
const LENGTH_CLASSES = 8;
export const SHORTEST = 3 * INDEX_REPEATS;
const LENGTH_STEP = 1.7;

/** The document-wide filters a group carries in Pagefind (a search favours a year's blocks by them). */
export const GROUP_FACETS = ['year', 'document', 'publisher'] as const;

export interface SearchGroup {
  /** The first block's URL: Pagefind needs one, and it names the group in its fragment. */
  url: string;
  content: string;
  filters: Record<(typeof GROUP_FACETS)[number], string[]>;
  blocks: SearchRecord[];
}

/** The page a record's block is on. */
const pageOf = (record: SearchRecord) => record.url.replace(/#.*$/, '');

/** The records, a page's in their order, in groups of at most `size` consecutive blocks of one page: which blocks, without the indexed words. */
export function groupBlocks(records: SearchRecord[], size = GROUP_SIZE): Pick<SearchGroup, 'url' | 'blocks'>[] {
  return [...Map.groupBy(records, pageOf).values()].flatMap((blocks) =>
    Array.from({ length: Math.ceil(blocks.length / size) }, (_, g) => {
      const group = blocks.slice(g * size, (g + 1) * size);
      return { url: group[0]!.url, blocks: group };
    }),
  );
}

/** The records in groups (`groupBlocks`), each with the words Pagefind indexes for it and its document's filters. */
export function groupRecords(records: SearchRecord[], size = GROUP_SIZE): SearchGroup[] {
  const common = commonWords(records);
  return groupBlocks(records, size).map(({ url, blocks }) => ({
    url,
    content: blocks.map((b, i) => strideWords(b.content, i < blocks.length - 1, common)).join(' '),
    filters: Object.fromEntries(GROUP_FACETS.map((f) => [f, blocks[0]!.filters[f]])) as SearchGroup['filters'],
    blocks,
  }));
}

/** The words whose positions would fill more than one of Pagefind's index files (`FILE_POSITIONS`). */
export function commonWords(records: SearchRecord[], positions = FILE_POSITIONS): Set<string> {
  const held = new Map<string, number>();
  for (const r of records) for (const w of r.content.split(' ')) if (w) held.set(w, (held.get(w) ?? 0) + 1);
  return new Set([...held].filter(([, n]) => n > positions).map(([w]) => w));
}

/** The positions a block longer than its stride keeps: whole runs of a word, after its length class's lead. */
const KEPT = Math.floor((BLOCK_STRIDE - LENGTH_CLASSES) / INDEX_REPEATS) * INDEX_REPEATS;

/**
 * A block's indexed words in its stride: filler for its length class (`lengthOf`), its
 * words, then, unless it is the group's last, filler to the stride's end. A block with
 * more words than the stride holds keeps each word `INDEX_REPEATS` times. A `common`
 * word is held at the start of each of its runs only, filler after it.
 */
export function strideWords(content: string, pad: boolean, common: ReadonlySet<string> = new Set()): string {
  let words = content.split(' ').filter(Boolean);
  const length = words.length;
  if (length > BLOCK_STRIDE - LENGTH_CLASSES) words = [...new Set(words)].flatMap((w) => Array<string>(INDEX_REPEATS).fill(w)).slice(0, KEPT);
  // Every run of a word starts a multiple of INDEX_REPEATS into the words.
  if (common.size) words = words.map((w, i) => (i % INDEX_REPEATS && common.has(w) ? FILLER : w));
  const lead = Array<string>(lengthClass(length)).fill(FILLER);
  const tail = pad ? Array<string>(BLOCK_STRIDE - lead.length - words.length).fill(FILLER) : [];
  return [...lead, ...words, ...tail].join(' ');
}

const lengthClass = (length: number) => Math.min(LENGTH_CLASSES - 1, Math.max(0, Math.round(Math.log(length / SHORTEST) / Math.log(LENGTH_STEP))));

/** How many words a block holds, about, from where in its stride a matched word starts (the first of its run). */
export const lengthOf = (firstPosition: number) => SHORTEST * LENGTH_STEP ** ((firstPosition % BLOCK_STRIDE) % LENGTH_CLASSES);

/** How many words the index holds for a block, on average (a block's words up to the stride): what ranking weighs a block's length against. */
export function averageLength(records: SearchRecord[]): number {
  const lengths = records.map((r) => Math.min(BLOCK_STRIDE, r.content.split(' ').filter(Boolean).length));
  return lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
}

/** The block of a group a matched word position is in. */
export const blockAt = (position: number) => Math.floor(position / BLOCK_STRIDE);

/** A block's id in search: its group's Pagefind id and its place in the group ("en_3f2a9c1/4"). */
export const blockId = (group: string, index: number) => `${group}/${index}`;
export const groupOf = (block: string) => block.slice(0, block.indexOf('/'));

/** Where, under the Pagefind bundle, a block's file is (`BlockFile`). */
export const blockFile = (block: string) => `block/${block}.json`;
/** Where, under the Pagefind bundle, the filters' values of every block are (`BlockValues`). */
export const VALUES_FILE = 'block/values.json';

/** What a result shows of a block, and what it links to: a record without its indexed words. */
export interface BlockFile {
  url: string;
  filters: Record<string, string[]>;
  /** Where its links' text fragments need other context to land on it (src/model/search-landing.ts); left out when none do. */
  context?: LandingContext;
}

/**
 * Every block's filter values, in the documents' order: what filtering, its counts
 * and listing without words read. `values` holds each "facet=value" once; each
 * group lists, per block, the indexes of its values.
 */
export interface BlockValues {
  values: string[];
  groups: [id: string, blocks: number[][]][];
}
