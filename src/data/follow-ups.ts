/**
 * What happened next, as the page shows it: the reviewed record of
 * content/what-happened-next.yaml (checked by the record's loader: every item
 * reviewed, every link later and in the passage's own words), grouped by document.
 */
import { followUpGroups } from '../model/follow-ups';
import { loadRecord } from './record';

export async function loadFollowUps() {
  const { followUps, documents } = await loadRecord();
  return followUpGroups(followUps, documents.flatMap((d) => d.findings), documents.map((d) => ({ id: d.id, shortTitle: d.data.shortTitle, labels: d.labels })));
}
