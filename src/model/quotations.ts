/**
 * Quotations: words of a document that we show on a page, each with the block
 * it is taken from. The one check of a quote against its block lives here, and
 * every file of quotes (the timeline, the pages' quotations, what happened next)
 * runs through it, so a quote that drifts from its document fails the build,
 * naming the file, the entry and the block.
 */
import { z } from 'astro/zod';
import { blockId } from './schema';
import { blockPath } from './paths';

/** Where a quote is taken from: a document and one of its blocks. */
export const quoteSource = z.object({ document: z.string(), block: blockId });
export type QuoteSource = z.infer<typeof quoteSource>;

/** A quotation shown on one of our pages (content/quotations.yaml). */
export const quotationSchema = z.object({
  id: z.string(),
  /** The page that shows it, as its path ("/grades/"). */
  page: z.string().regex(/^\/([\w-]+\/)*$/, { error: 'must be a site path such as /grades/' }),
  /** Our words that introduce it, where the page shows it as a sentence of its own: say whose words they are. */
  before: z.string().optional(),
  source: quoteSource,
  /** The document's exact words (whitespace and capitals aside). */
  quote: z.string().min(1),
  /** Our words after it, ending the sentence. */
  after: z.string().optional(),
  /** For a statement about what an inspection looked at: the framework it was held under. */
  framework: z.string().optional(),
  order: z.number().int().nonnegative().optional(),
});
export type Quotation = z.infer<typeof quotationSchema>;

/** The text of a block, by document and block id; undefined where there is no such block. */
export type TextOf = (document: string, block: string) => string | undefined;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the words are in the text, whitespace and capitals aside. */
export const quotes = (text: string, words: string) => squash(text).includes(squash(words));

/** Problems with quotes in one file: each names the file, the entry and the block. */
export function checkQuotes(file: string, entries: { id: string; source: QuoteSource; quote: string }[], textOf: TextOf): string[] {
  return entries.flatMap(({ id, source, quote }) => {
    const text = textOf(source.document, source.block);
    if (text === undefined) return [`${file} ${id}: ${source.document}#${source.block} does not exist`];
    if (!quotes(text, quote)) return [`${file} ${id}: the quote is not in ${source.document}#${source.block}`];
    return [];
  });
}

/** A quotation ready to show: its words and the link to the block they are taken from. */
export interface ShownQuotation extends Omit<Quotation, 'order'> {
  href: string;
}

/** The page's quotations by id; asking for one the file does not have is an error, so a page cannot show an unchecked quote. */
export function quotationsFor(page: string, all: Quotation[]) {
  const mine = new Map(all.filter((q) => q.page === page).map((q) => [q.id, { ...q, href: blockPath(q.source.document, q.source.block) }]));
  return {
    get(id: string): ShownQuotation {
      const found = mine.get(id);
      if (!found) throw new Error(`content/quotations.yaml has no quotation "${id}" for the page ${page}`);
      return found;
    },
    /** Statements about what inspections under a framework looked at, in file order. */
    aboutFramework: (framework: string): ShownQuotation[] => [...mine.values()].filter((q) => q.framework === framework),
  };
}

/** The spans of our prose set in curly quotes: where we quote a document inside our own sentence. */
export const quotedSpans = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/[.,;:]$/, ''));

/**
 * Problems with a sentence of ours that quotes documents inline: every span in
 * curly quotes must be in one of the blocks it names as its sources.
 */
export function checkProse(file: string, id: string, text: string, sources: QuoteSource[], textOf: TextOf): string[] {
  const problems = sources.flatMap((s) => (textOf(s.document, s.block) === undefined ? [`${file} ${id}: ${s.document}#${s.block} does not exist`] : []));
  for (const span of quotedSpans(text)) {
    if (!sources.some((s) => quotes(textOf(s.document, s.block) ?? '', span))) {
      problems.push(`${file} ${id}: “${span}” is not in ${sources.length ? sources.map((s) => `${s.document}#${s.block}`).join(' or ') : 'any block it names (give its sources)'}`);
    }
  }
  return problems;
}
