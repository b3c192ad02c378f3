/** Whose record this is (content/site.yaml), checked against the documents: the build fails on a claim they do not bear out. */
import { getCollection } from 'astro:content';
import { checkSite, type Site } from '../model/site';
import { loadDocuments } from './documents';
import { loadBlockTexts } from './record';

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [entry] = await getCollection('site');
  if (!entry) throw new Error('content/site.yaml is missing: it names the council whose record this is');
  const problems = checkSite(entry.data, await loadDocuments(), await loadBlockTexts());
  if (problems.length) throw new Error(`content/site.yaml does not agree with the documents:\n- ${problems.join('\n- ')}`);
  return entry.data;
}

export function loadSite(): Promise<Site> {
  site ??= load();
  return site;
}
