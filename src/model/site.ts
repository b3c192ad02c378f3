/**
 * Whose record this is: the council, and the site's own name and description, from
 * content/site.yaml. Nothing about the council is written in code, so another council's
 * record is another content folder. Checked against the documents it describes.
 */
import { z } from 'astro/zod';
import { ourWordsSchema } from './our-words';
import { quoteSource, type TextOf } from './quotations';
import { publisherOf } from './vocabulary';
import type { InspectionDocument } from './schema';

export const siteSchema = z.object({
  council: z.object({
    /** Its full name, as its documents name it. */
    name: z.string().min(1),
    /** The place, as the documents name it: every document's council. */
    shortName: z.string().min(1),
    /** A block that names the council in full. */
    source: quoteSource,
  }),
  /** The site's name, which names the council. */
  name: z.string().min(1),
  /** What the site holds, in one sentence. */
  description: z.string().min(40, { error: 'must be a sentence of at least 40 characters' }),
  /**
   * The publishers that are Crown bodies (in England, Ofsted): their documents' text is Crown copyright, which
   * the about and open data pages and the data package say. Each must publish a document we hold.
   */
  crownPublishers: z.array(z.string().min(1)).default([]),
  /** Our own sentences about this record on its pages (./our-words.ts); a record without them shows none. */
  words: ourWordsSchema,
});

export type Site = z.infer<typeof siteSchema>;

/**
 * What in content/site.yaml the documents do not bear out: a document about another council, a council
 * document published by another body, a source block that does not name the council, or a name or
 * description that does not name it.
 */
export function checkSite(site: Site, documents: readonly { id: string; data: InspectionDocument }[], textOf: TextOf): string[] {
  const file = 'content/site.yaml';
  const { name, shortName, source } = site.council;
  const problems = documents.flatMap(({ id, data }) => [
    ...(data.council.name === shortName ? [] : [`${file}: the council is "${shortName}", but ${id} is about "${data.council.name}"`]),
    ...(publisherOf(data.documentType) === 'council' && data.publisher !== name
      ? [`${file}: the council is "${name}", but ${id}, a council's document, is published by "${data.publisher}"`]
      : []),
  ]);
  const text = textOf(source.document, source.block);
  if (text === undefined) problems.push(`${file}: council.source: ${source.document} has no block "${source.block}"`);
  else if (!text.includes(name)) problems.push(`${file}: council.source: ${source.document}#${source.block} does not name "${name}"`);
  for (const publisher of site.crownPublishers) {
    if (!documents.some(({ data }) => data.publisher === publisher)) problems.push(`${file}: crownPublishers: no document we hold is published by "${publisher}"`);
  }
  for (const field of ['name', 'description'] as const) {
    if (!site[field].includes(shortName)) problems.push(`${file}: ${field} must name the council ("${shortName}")`);
  }
  return problems;
}
