/**
 * What happened next, as the page shows it: the reviewed record of
 * content/what-happened-next.yaml, checked against the documents (every item
 * reviewed, every link later and in the passage's own words), grouped by document.
 */
import { getCollection } from 'astro:content';
import { checkFollowUps, followUpGroups } from '../model/follow-ups';
import { loadDocuments } from './documents';
import { loadBlockTexts } from './record';

export async function loadFollowUps() {
  const documents = await loadDocuments();
  const findings = documents.flatMap((d) => d.findings);
  const entries = (await getCollection('followUps')).map((entry) => entry.data).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const problems = checkFollowUps(entries, findings, documents.map((d) => d.id), await loadBlockTexts());
  if (problems.length) throw new Error(`What happened next does not agree with the documents:\n- ${problems.join('\n- ')}`);
  return followUpGroups(entries, findings, documents.map((d) => ({ id: d.id, shortTitle: d.data.shortTitle, labels: d.labels })));
}
