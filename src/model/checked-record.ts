/**
 * The record checked once, as a whole. `checkRecord` reads every entry of the content by its schema,
 * then checks every claim against the documents: each document's frontmatter against its text,
 * quotations and quoted words against their blocks, readings against their findings, the change log
 * against the repairs, content/site.yaml against the documents, the glossary and search files. It
 * collects every problem, each naming its file, entry and field, rather than stopping at the first.
 * Pure: src/data/record.ts hands it the collections and fails the build on any problem.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { areaRowSchema, checkAreas, type AreaRow } from './areas';
import { identifiedBlocks, parseBody, type Block } from './body';
import { changeSchema, checkChanges, type Change } from './changes';
import { compareDates, documentTime } from './dates';
import { checkEntry } from './entry-check';
import { listKindSchema } from './findings';
import { checkFollowUps, followUpSchema, type FollowUp } from './follow-ups';
import { glossarySchema, type GlossaryEntry } from './glossary';
import { checkOurWords } from './our-words';
import { checkProse, checkQuotes, quotationSchema, type Quotation, type TextOf } from './quotations';
import { checkReadings, readingSchema, readingsByFinding, unread, UNREAD, type ReadFinding } from './readings';
import { judgementRowsOf, recordDocument, type RecordDocument } from './record-document';
import { documentSchema } from './schema';
import { searchMeaningsSchema, searchSynonymsSchema, type SearchMeaning, type SearchSynonym } from './search-records';
import { checkSite, siteSchema, type Site } from './site';
import { findingKey, themeSchema, type Theme } from './themes';
import { checkTimeline, inTimeOrder, momentSchema, type Moment } from './timeline';
import { checkDocument } from './validate';

/** The content as written: each collection's entries (data not yet read by a schema), and the YAML files' text. */
export interface WrittenContent<E> {
  /** `entry` is handed back on the document (the page renders it); `file` names it in problems. */
  documents: { entry: E; id: string; file: string; data: unknown; body: string }[];
  findingKinds: unknown[];
  themes: unknown[];
  readings: unknown[];
  areas: unknown[];
  timeline: unknown[];
  quotations: unknown[];
  changes: unknown[];
  followUps: unknown[];
  /** content/site.yaml, or undefined where there is none. */
  site: unknown;
  glossary: string;
  synonyms: string;
  meanings: string;
}

export interface CheckedRecord<E = unknown> {
  /** In time order. */
  documents: RecordDocument<E>[];
  /** The text of a block of a document, or undefined where it has no such block. */
  textOf: TextOf;
  /** Every finding with our reviewed reading of it, in time order of their documents, then document order. */
  findings: ReadFinding[];
  /** Findings no person has read yet (document#block): they show no reading until one has. */
  unread: string[];
  /** In the order content/themes.yaml gives. */
  themes: Theme[];
  /** The matrix rows, in the file's order. */
  areas: AreaRow[];
  /** The key moments, in time order. */
  timeline: Moment[];
  /** content/quotations.yaml in the file's order. */
  quotations: Quotation[];
  /** The change log in the order it was written (oldest first). */
  changes: Change[];
  /** content/what-happened-next.yaml in the file's order. */
  followUps: FollowUp[];
  site: Site;
  /** content/glossary.yaml in the file's order. */
  glossary: GlossaryEntry[];
  synonyms: SearchSynonym[];
  meanings: SearchMeaning[];
}

/** Items of a list file in the file's order (its loader numbers them: the data store sorts entries by id). */
const inFileOrder = <T extends { order?: number }>(items: T[]) => items.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** The record, or every problem its content has. */
export function checkRecord<E>(content: WrittenContent<E>): { record?: CheckedRecord<E>; problems: string[] } {
  const problems: string[] = [];
  const check = <S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> | undefined => {
    const checked = checkEntry(schema, data, where);
    problems.push(...checked.problems);
    return checked.data;
  };
  /** Each item of a list file by its schema: one that fails is reported and left out. */
  const each = <S extends z.ZodType>(schema: S, items: unknown[], where: (item: Record<string, unknown>) => string): z.output<S>[] =>
    items.flatMap((item) => {
      const checked = check(schema, item, where(item as Record<string, unknown>));
      return checked === undefined ? [] : [checked];
    });
  const yamlOf = (file: string, text: string): unknown => {
    try {
      return parseYaml(text);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const listKinds = each(listKindSchema, content.findingKinds, (k) => `content/finding-kinds.yaml ${String(k.id)}`);

  // Each document's frontmatter by the schema and against its own text. One whose frontmatter or body
  // cannot be read is reported once: every entry about it waits until it can be, rather than fail too.
  const documents: RecordDocument<E>[] = [];
  const unreadable = new Set<string>();
  const texts = new Map<string, Map<string, string>>();
  for (const { entry, id, file, data: written, body } of content.documents) {
    let blocks: Block[] | undefined;
    try {
      blocks = parseBody(body);
      texts.set(id, new Map(identifiedBlocks(blocks).map((b) => [b.id, b.text])));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
    const data = check(documentSchema, written, file);
    if (!data || !blocks) {
      unreadable.add(id);
      continue;
    }
    problems.push(...checkDocument(data, blocks).map((p) => `${file}: ${p}`));
    documents.push(recordDocument(entry, id, data, blocks, listKinds));
  }
  documents.sort((a, b) => compareDates(documentTime(a.data), documentTime(b.data)));
  const textOf: TextOf = (document, block) => texts.get(document)?.get(block);
  const readable = (document: string) => !unreadable.has(document);
  const quotesReadable = (sources: readonly { document: string }[]) => sources.every((s) => readable(s.document));

  // Each list kind's reason quotes the words that state the kind: they must be in the blocks it names.
  for (const l of listKinds.filter((k) => readable(k.document))) {
    const sources = (l.lead ? [l.lead] : l.blocks!).map((block) => ({ document: l.document, block }));
    problems.push(...checkProse('content/finding-kinds.yaml', l.id, l.because, sources, textOf));
  }

  const themes = inFileOrder(each(themeSchema.extend({ order: z.number() }), content.themes, (t) => `content/themes.yaml ${String(t.id)}`));
  const readings = each(readingSchema, content.readings, (r) => `content/readings/${String(r.document)}.yaml ${String(r.block)}`);
  const found = documents.flatMap((d) => d.findings);
  const themeIds = themes.map((t) => t.id);
  problems.push(...checkReadings(readings.filter((r) => readable(r.document)), found, themeIds));
  const reviewed = readingsByFinding(readings, themeIds);
  const findings = found.map((f) => ({ ...f, ...(reviewed.get(findingKey(f)) ?? UNREAD) }));

  const areas = inFileOrder(each(areaRowSchema, content.areas, (a) => `content/areas.yaml ${String(a.id)}`));
  // Every judgement must sit in one row: checked once every document can be read.
  if (!unreadable.size) problems.push(...checkAreas(areas, judgementRowsOf(documents)));
  for (const row of areas) if (row.note && quotesReadable(row.quoting ?? [])) problems.push(...checkProse('content/areas.yaml', row.id, row.note, row.quoting ?? [], textOf));

  const timeline = inTimeOrder(inFileOrder(each(momentSchema, content.timeline, (m) => `content/timeline.yaml ${String(m.id)}`)));
  problems.push(...checkTimeline(timeline.filter((m) => readable(m.source.document)), textOf));

  const quotations = inFileOrder(each(quotationSchema, content.quotations, (q) => `content/quotations.yaml ${String(q.id)}`));
  problems.push(...checkQuotes('content/quotations.yaml', quotations.filter((q) => readable(q.source.document)), textOf));

  const changes = inFileOrder(each(changeSchema, content.changes, (c) => `content/changes.yaml ${String(c.id)}`));
  const changed = documents.map((d) => ({ id: d.id, blockIds: new Set(texts.get(d.id)!.keys()), repairChanges: d.data.repairs.map((r) => r.change) }));
  problems.push(...checkChanges(changes.filter((c) => readable(c.document)), changed));

  const followUps = inFileOrder(each(followUpSchema, content.followUps, (f) => `content/what-happened-next.yaml ${String(f.id)}`));
  const readableOnly = followUps.filter((f) => readable(f.item.document)).map((f) => ({ ...f, links: f.links.filter((link) => readable(link.source.document)) }));
  problems.push(...checkFollowUps(readableOnly, found, documents.map((d) => d.id), textOf));

  const site = content.site === undefined ? undefined : check(siteSchema, content.site, 'content/site.yaml');
  if (content.site === undefined) problems.push('content/site.yaml is missing: it names the council whose record this is');
  if (site && readable(site.council.source.document)) problems.push(...checkSite(site, documents, textOf));
  const unreadQuotations = new Set((content.quotations as { id?: unknown }[]).map((q) => String(q.id)).filter((id) => !quotations.some((q) => q.id === id)));
  if (site) problems.push(...checkOurWords('content/site.yaml', site.words, quotations, unreadQuotations));

  const glossary = check(glossarySchema, yamlOf('content/glossary.yaml', content.glossary), 'content/glossary.yaml');
  const synonyms = check(searchSynonymsSchema, yamlOf('content/search-synonyms.yaml', content.synonyms), 'content/search-synonyms.yaml');
  const meanings = check(searchMeaningsSchema, yamlOf('content/search-meanings.yaml', content.meanings), 'content/search-meanings.yaml');

  if (problems.length || !site || !glossary || !synonyms || !meanings) return { problems };
  return { record: { documents, textOf, findings, unread: unread(found, reviewed), themes, areas, timeline, quotations, changes, followUps, site, glossary, synonyms, meanings }, problems };
}
