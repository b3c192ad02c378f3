/**
 * The record's change history (content/changes.yaml): when each document was first
 * published here, and every repair or correction made to a published text since,
 * each marked major or minor as GOV.UK change notes are. The log is append-only, so
 * an entry's id is a stable anchor on the changes page and a stable id in the feed.
 *
 * Repairs of conversion damage live in each document's frontmatter (`repairs`). A
 * repair made when the document was first published belongs to its `published`
 * entry; one made later names its `repair` entry (`change`). So every recorded
 * repair is dated, and none twice.
 */
import { z } from 'astro/zod';
import { compareDates, isDate } from './dates';
import { blockId } from './schema';

export const CHANGE_TYPES = {
  published: 'First published',
  repair: 'Conversion damage repaired',
  correction: 'Correction',
} as const;
type ChangeType = keyof typeof CHANGE_TYPES;
const CHANGE_TYPE_IDS = Object.keys(CHANGE_TYPES) as [ChangeType, ...ChangeType[]];

export const changeSchema = z.object({
  /** Stable for ever: the entry's anchor on the changes page and its id in the feed. */
  id: blockId,
  /** The day the change was published on this site. */
  date: z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isDate(d), { error: 'must be a real date written YYYY-MM-DD' }),
  document: z.string(),
  type: z.enum(CHANGE_TYPE_IDS),
  /** Major: a reader of the text should know (a word or a judgement changed). Minor: the words are the same. */
  major: z.boolean(),
  /** What changed, in plain words. */
  summary: z.string().min(1),
  /** The blocks of the text a correction changed (none where it changed only facts about the text). */
  blocks: z.array(blockId).default([]),
  /** The entry's place in changes.yaml, set by the collection's loader. */
  order: z.number().int().nonnegative().optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** What the changes check needs to know of a document. */
export interface ChangedDocument {
  id: string;
  blockIds: ReadonlySet<string>;
  /** For each recorded repair, the change that made it (undefined: made when first published). */
  repairChanges: readonly (string | undefined)[];
}

/** Problems with the change log, checked against the documents it speaks of. */
export function checkChanges(changes: readonly Change[], documents: readonly ChangedDocument[]): string[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const problems: string[] = [];
  const at = (c: Change) => `changes.yaml ${c.id}`;
  changes.forEach((c, i) => {
    const previous = changes[i - 1];
    if (previous && compareDates(c.date, previous.date) < 0) problems.push(`${at(c)}: dated ${c.date}, before the entry above it (${previous.date}); the log only grows at the end`);
    const document = byId.get(c.document);
    if (!document) return problems.push(`${at(c)}: "${c.document}" is not a document of the record`);
    const first = changes.find((other) => other.document === c.document);
    if (c.type === 'published' && first !== c) problems.push(`${at(c)}: ${c.document} is already published by ${first!.id}`);
    if (c.type !== 'published' && first?.type !== 'published') problems.push(`${at(c)}: ${c.document} has a ${c.type} before it was published`);
    if (c.type === 'published' && !c.major) problems.push(`${at(c)}: publishing a document is a major change`);
    if (c.type === 'repair' && !document.repairChanges.includes(c.id)) problems.push(`${at(c)}: no repair in ${c.document}'s frontmatter names this change`);
    for (const block of c.blocks) {
      if (!document.blockIds.has(block)) problems.push(`${at(c)}: "${block}" is not a block of ${c.document}`);
    }
  });
  for (const d of documents) {
    if (!changes.some((c) => c.document === d.id && c.type === 'published')) problems.push(`changes.yaml: ${d.id} has no "published" entry`);
    for (const id of new Set(d.repairChanges)) {
      if (id !== undefined && !changes.some((c) => c.id === id && c.document === d.id && c.type === 'repair')) {
        problems.push(`${d.id}: a repair names "${id}", which is not a repair entry of this document in changes.yaml`);
      }
    }
  }
  return problems;
}

/** The repairs of a document, by the id of the change that made them: a later repair entry, or its publication. */
export function repairsByChange<R extends { change?: string }>(changes: readonly Change[], document: string, repairs: readonly R[]): Map<string, R[]> {
  const mine = changes.filter((c) => c.document === document);
  const published = mine.find((c) => c.type === 'published')?.id;
  const made = new Map<string, R[]>(mine.map((c) => [c.id, []]));
  for (const r of repairs) made.get(r.change ?? published ?? '')?.push(r);
  return made;
}

/** When a document was first published here and last changed (the dates of its first and latest entries). */
export function documentHistory(changes: readonly Change[], document: string) {
  const mine = changes.filter((c) => c.document === document);
  const [first, last] = [mine[0], mine[mine.length - 1]];
  return first && last ? { firstPublished: first.date, lastChanged: last.date, lastChangeId: last.id } : undefined;
}
export type DocumentHistory = NonNullable<ReturnType<typeof documentHistory>>;

/** Newest first, as a change history is read; entries of one day in the reverse of the order they were logged. */
export const newestFirst = <T>(log: readonly T[]) => [...log].reverse();

/** The log newest first, a day at a time, as GOV.UK's page histories read. */
export const byDayNewestFirst = <T extends { change: Change }>(log: readonly T[]) => Map.groupBy(newestFirst(log), (entry) => entry.change.date);

/** The heading of a change on the changes page and its title in the feed. */
export const changeTitle = (change: Change, documentTitle: string) => `${CHANGE_TYPES[change.type]}: ${documentTitle}`;

/** A change's weight, in the words GOV.UK's change notes use. */
export const importance = (change: Change) => (change.major ? 'Major change' : 'Minor change');

/** What the repairs a change made amount to, in words; '' when it made none. */
export function repairsMade(change: Change, count: number): string {
  if (count === 0) return '';
  const what = count === 1 ? 'One repair' : `${count} repairs`;
  return `${what} of conversion damage made${change.type === 'published' ? ' on publication' : ''} (minor: no word changed)`;
}
