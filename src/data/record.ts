/**
 * The record across documents: inspections in time order, the area
 * correspondence and the key moments, each checked against the documents'
 * text, so the build fails rather than show a claim no document makes.
 */
import { getCollection } from 'astro:content';
import { checkAreas } from '../model/areas';
import { checkChanges, documentHistory, repairsByChange, type Change } from '../model/changes';
import { identifiedBlocks } from '../model/body';
import { evidenceRows } from '../model/evidence';
import type { Inspection } from '../model/journey';
import { blockPath } from '../model/paths';
import { checkProse, checkQuotes, quotationsFor, type TextOf } from '../model/quotations';
import { checkTimeline, inTimeOrder } from '../model/timeline';
import { loadDocuments, loadJudgementRows } from './documents';

function fail(problems: string[]) {
  if (problems.length) throw new Error(`The record's data does not agree with the documents:\n- ${problems.join('\n- ')}`);
}

/** Every document that reports on an inspection under a named framework, one column each. */
export async function loadInspections(): Promise<Inspection[]> {
  return (await loadDocuments()).flatMap((d) =>
    d.data.framework && d.data.inspected
      ? [{ year: d.year, document: d.id, framework: d.data.framework, outcome: d.data.outcome.text, outcomeUrl: blockPath(d.id, d.data.outcome.source) }]
      : [],
  );
}

export async function loadAreas() {
  const areas = (await getCollection('areas')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const textOf = await loadBlockTexts();
  fail([
    ...checkAreas(areas, await loadJudgementRows()),
    ...areas.flatMap((row) => (row.note ? checkProse('content/areas.yaml', row.id, row.note, row.quoting ?? [], textOf) : [])),
  ]);
  return areas;
}

/** The text of a block of a document, or undefined where it has no such block: what claims about the text are checked against. */
export async function loadBlockTexts(): Promise<TextOf> {
  const documents = await loadDocuments();
  const texts = new Map(documents.map((d) => [d.id, new Map(identifiedBlocks(d.blocks).map((b) => [b.id, b.text]))]));
  return (document, block) => texts.get(document)?.get(block);
}

export async function loadTimeline() {
  const inFile = (await getCollection('timeline')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const moments = inTimeOrder(inFile);
  fail(checkTimeline(moments, await loadBlockTexts()));
  return moments;
}

/** The quotations a page shows (content/quotations.yaml), every one of the file checked against its block. */
export async function loadQuotations(page: string) {
  const all = (await getCollection('quotations')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  fail(checkQuotes('content/quotations.yaml', all, await loadBlockTexts()));
  return quotationsFor(page, all);
}

/** Evidence figures of the documents that report on an inspection. */
export async function loadEvidence() {
  const documents = (await loadDocuments()).filter((d) => d.data.inspected);
  return evidenceRows(documents.map((d) => ({ id: d.id, year: d.year, shortTitle: d.data.shortTitle, evidence: d.data.evidence })));
}

let changes: Promise<Change[]> | undefined;

/** The change log in the order it was written (oldest first), checked against the documents once a build (each document's page reads it). */
export function loadChanges(): Promise<Change[]> {
  changes ??= checkedChanges();
  return changes;
}

async function checkedChanges(): Promise<Change[]> {
  const documents = await loadDocuments();
  const log = (await getCollection('changes')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  fail(
    checkChanges(
      log,
      documents.map((d) => ({ id: d.id, blockIds: new Set(identifiedBlocks(d.blocks).map((b) => b.id)), repairChanges: d.data.repairs.map((r) => r.change) })),
    ),
  );
  return log;
}

/** Each change with its document and the repairs it made, for the changes page and the feed. */
export async function loadChangeNotes() {
  const [changes, documents] = await Promise.all([loadChanges(), loadDocuments()]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const repairs = new Map(documents.map((d) => [d.id, repairsByChange(changes, d.id, d.data.repairs)]));
  return changes.map((change) => ({ change, document: byId.get(change.document)!, repairs: repairs.get(change.document)!.get(change.id) ?? [] }));
}

/** When a document was first published on this site and last changed. */
export async function loadDocumentHistory(document: string) {
  return documentHistory(await loadChanges(), document)!;
}
