/**
 * What happened next (content/what-happened-next.yaml): for each item a document
 * asks to be followed up (the 2012 report's recommendations, the issues the 2015
 * letter says the council will resolve), the later passages that speak to it, as
 * reviewed by a person, each with how it speaks to it and the words that show it.
 * Only reviewed links are published; nothing here is matched by theme. No relation
 * says an item was met: none of the documents we hold says so of any.
 */
import { z } from 'astro/zod';
import type { Finding } from './findings';
import { blockPath } from './paths';
import { checkQuotes, quoteSource, type TextOf } from './quotations';
import type { FindingKind } from './vocabulary';

/** How a later passage speaks to an item: a small fixed vocabulary, in the order the page counts them. */
export const RELATIONS = {
  'reports-progress': 'reports progress on',
  'reports-action': 'reports action taken on',
  'still-needs-work': 'reports it still needs work',
  mentions: 'mentions',
} as const;
export type Relation = keyof typeof RELATIONS;
export const RELATION_IDS = Object.keys(RELATIONS) as [Relation, ...Relation[]];

/** The relation as a verb phrase with its object: "reports progress on it", "reports it still needs work". */
export const relationPhrase = (r: Relation) => (r === 'still-needs-work' ? RELATIONS[r] : `${RELATIONS[r]} it`);

/** What each relation means, for the page's key. */
export const RELATION_MEANINGS: Record<Relation, string> = {
  'reports-progress': 'the passage says the matter has improved, or now works well',
  'reports-action': 'the passage says something has been done or planned about it, without saying what came of it',
  'still-needs-work': 'the passage says the matter is still a weakness, or still to be resolved',
  mentions: 'the passage speaks to the matter, or part of it, without saying how it stands',
};

export const followUpLinkSchema = z.object({
  relation: z.enum(RELATION_IDS, { error: `must be one of ${RELATION_IDS.join(', ')}` }),
  /** The later passage. */
  source: quoteSource,
  /** Its exact words that show the relation. */
  quote: z.string().min(1),
  /** Where the passage speaks to only part of the item, or to a wider or narrower matter: what it covers. */
  note: z.string().optional(),
});

export const followUpSchema = z.object({
  id: z.string(),
  /** The finding followed up: a recommendation, or an issue a document says will be resolved. */
  item: quoteSource,
  /** Every later passage that speaks to it; none where no later document we hold does. */
  links: z.array(followUpLinkSchema).default([]),
  order: z.number().int().nonnegative().optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;
export type FollowUpLink = z.infer<typeof followUpLinkSchema>;

const FILE = 'content/what-happened-next.yaml';
const key = (document: string, id: string) => `${document}#${id}`;

/**
 * Problems with the file: every item is a finding, and every finding of the kind
 * the file follows up in a document it follows up has exactly one entry (so none
 * is left out unreviewed); every link is to a later document, and its words are
 * the passage's.
 */
export function checkFollowUps(entries: FollowUp[], findings: Pick<Finding, 'document' | 'id' | 'kind'>[], documentOrder: string[], textOf: TextOf): string[] {
  const byKey = new Map(findings.map((f) => [key(f.document, f.id), f]));
  const problems: string[] = [];
  const followed = new Set<string>();
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const k = key(entry.item.document, entry.item.block);
    const finding = byKey.get(k);
    if (!finding) {
      problems.push(`${FILE} ${entry.id}: ${k} is not a finding of any document`);
      continue;
    }
    if (seen.has(k)) problems.push(`${FILE} ${entry.id}: ${k} is already followed up by ${seen.get(k)}`);
    seen.set(k, entry.id);
    followed.add(`${finding.document} ${finding.kind}`);
    const here = documentOrder.indexOf(entry.item.document);
    entry.links.forEach((link, i) => {
      if (documentOrder.indexOf(link.source.document) <= here) {
        problems.push(`${FILE} ${entry.id} links[${i}]: ${link.source.document} is not later than ${entry.item.document}`);
      }
    });
    problems.push(...checkQuotes(FILE, entry.links.map((link, i) => ({ id: `${entry.id} links[${i}]`, source: link.source, quote: link.quote })), textOf));
  }
  for (const f of findings) {
    if (followed.has(`${f.document} ${f.kind}`) && !seen.has(key(f.document, f.id))) {
      problems.push(`${FILE}: ${key(f.document, f.id)} (${f.kind}) has no entry; review it, with links: [] where no later document speaks to it`);
    }
  }
  return problems;
}

/** What the page shows of a document: enough to name it and link to its blocks. */
export interface FollowUpDocument {
  id: string;
  shortTitle: string;
  labels: Map<string, string>;
}

export interface ShownLink extends FollowUpLink {
  href: string;
  /** "2018 post-inspection update, paragraph 7". */
  where: string;
}

/**
 * Where an item stands in the later documents, computed from its links alone: the first status whose
 * relations its links include. Progress and criticism together make "both", so progress is never
 * shown without the criticism beside it, nor the other way round.
 */
export const STATUSES = {
  both: { label: 'Progress reported, and still needs work', has: ['reports-progress', 'still-needs-work'] },
  progress: { label: 'Progress reported', has: ['reports-progress'] },
  'needs-work': { label: 'Still needs work', has: ['still-needs-work'] },
  action: { label: 'Action reported, not its result', has: ['reports-action'] },
  mentioned: { label: 'Mentioned, without how it stands', has: ['mentions'] },
  'nothing-later': { label: 'Nothing later speaks to it', has: [] },
} as const satisfies Record<string, { label: string; has: readonly Relation[] }>;
export type Status = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as [Status, ...Status[]];

export function statusOf(links: Pick<FollowUpLink, 'relation'>[]): Status {
  const relations = new Set(links.map((l) => l.relation));
  return STATUS_IDS.find((s) => STATUSES[s].has.every((r: Relation) => relations.has(r)))!;
}

export interface FollowUpGroup {
  document: FollowUpDocument;
  kind: FindingKind;
  items: { finding: Finding; label: string; status: Status; links: ShownLink[] }[];
  /** How many items stand at each status: every item counted once, so they add up to the total. */
  counts: Record<Status, number> & { total: number };
}

/** The entries grouped by the document of their items, in file order, with the counts the page states. */
export function followUpGroups(entries: FollowUp[], findings: Finding[], documents: FollowUpDocument[]): FollowUpGroup[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const groups: FollowUpGroup[] = [];
  for (const entry of entries) {
    const finding = findings.find((f) => f.document === entry.item.document && f.id === entry.item.block)!;
    const document = docs.get(finding.document)!;
    let group = groups.find((g) => g.document.id === document.id && g.kind === finding.kind);
    if (!group) {
      const counts = { ...Object.fromEntries(STATUS_IDS.map((s) => [s, 0])), total: 0 } as FollowUpGroup['counts'];
      groups.push((group = { document, kind: finding.kind, items: [], counts }));
    }
    const links = entry.links.map((link): ShownLink => {
      const source = docs.get(link.source.document)!;
      return { ...link, href: blockPath(source.id, link.source.block), where: `${source.shortTitle}, ${source.labels.get(link.source.block) ?? link.source.block}` };
    });
    const status = statusOf(links);
    group.items.push({ finding, label: document.labels.get(finding.id) ?? finding.id, status, links });
    group.counts.total++;
    group.counts[status]++;
  }
  return groups;
}

const NOUNS: Partial<Record<FindingKind, [string, string]>> = {
  recommendation: ['recommendation', 'recommendations'],
  development: ['issue to resolve', 'issues to resolve'],
};

/** What the group's items are: "recommendations", "issues to resolve". */
export const itemsName = (group: Pick<FollowUpGroup, 'kind'>) => (NOUNS[group.kind] ?? ['item', 'items'])[1];

/** The group's items as a noun with its count: "22 recommendations", "1 issue to resolve". */
export function itemsNoun(group: Pick<FollowUpGroup, 'kind'>, count: number): string {
  const [one, many] = NOUNS[group.kind] ?? ['item', 'items'];
  return `${count} ${count === 1 ? one : many}`;
}

/** "Of the 22 recommendations, 9 have a later passage that speaks to them; 13 have none.": computed, never written by hand. */
export function countsSentence(group: FollowUpGroup): string {
  const { total } = group.counts;
  const none = group.counts['nothing-later'];
  const some = total - none;
  const have = (n: number) => (n === 1 ? '1 has' : `${n} have`);
  return `Of the ${itemsNoun(group, total)}, ${have(some)} at least one later passage that speaks to ${some === 1 ? 'it' : 'them'}; ${none === 1 ? '1 has none' : `${none} have none`}.`;
}
