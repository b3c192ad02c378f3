/**
 * The record across documents: inspections in time order, the area
 * correspondence and the key moments, each checked against the documents'
 * text, so the build fails rather than show a claim no document makes.
 */
import { getCollection } from 'astro:content';
import { checkAreas } from '../model/areas';
import { identifiedBlocks } from '../model/body';
import { evidenceRows } from '../model/evidence';
import type { Inspection } from '../model/journey';
import { blockPath } from '../model/paths';
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
  fail(checkAreas(areas, await loadJudgementRows()));
  return areas;
}

export async function loadTimeline() {
  const documents = await loadDocuments();
  const texts = new Map(documents.map((d) => [d.id, new Map(identifiedBlocks(d.blocks).map((b) => [b.id, b.text]))]));
  const inFile = (await getCollection('timeline')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const moments = inTimeOrder(inFile);
  fail(checkTimeline(moments, (document, block) => texts.get(document)?.get(block)));
  return moments;
}

/** Evidence figures of the documents that report on an inspection. */
export async function loadEvidence() {
  const documents = (await loadDocuments()).filter((d) => d.data.inspected);
  return evidenceRows(documents.map((d) => ({ id: d.id, year: d.year, shortTitle: d.data.shortTitle, evidence: d.data.evidence })));
}
