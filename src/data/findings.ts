/**
 * Every finding of the record with our reviewed reading of it (what it says about the service,
 * and its themes), and the themes: what the finding pages, theme pages and findings data read.
 */
import { loadRecord } from './record';

/** All findings, in time order of their documents, then document order; the themes in the file's order. */
export async function loadFindings() {
  const { findings, themes } = await loadRecord();
  return { findings, themes };
}
