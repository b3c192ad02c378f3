/**
 * Every finding of the record with our reviewed reading of it (what it says about the service,
 * and its themes), and the themes: what the finding pages, theme pages and findings data read.
 */
import { getCollection } from 'astro:content';
import type { Finding } from '../model/findings';
import { checkReadings, readingsByFinding, unread, UNREAD, type ReadingOf } from '../model/readings';
import { findingKey, type Theme } from '../model/themes';
import { loadDocuments } from './documents';

export type ReadFinding = Finding & ReadingOf;

let cache: Promise<{ findings: ReadFinding[]; themes: Theme[] }> | undefined;

async function load() {
  const findings = (await loadDocuments()).flatMap((d) => d.findings);
  const themes = (await getCollection('themes')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const readings = (await getCollection('readings')).map((e) => e.data);
  const themeIds = themes.map((t) => t.id);
  const problems = checkReadings(readings, findings, themeIds);
  if (problems.length) throw new Error(`The readings do not agree with the findings:\n- ${problems.join('\n- ')}`);
  const read = readingsByFinding(readings, themeIds);
  const waiting = unread(findings, read);
  // Not an error: a new document builds before it is read, and its findings show no reading until a person has reviewed them.
  if (waiting.length) console.warn(`[readings] ${waiting.length} findings have no reviewed reading yet, so no reading or themes are shown for them (npm run propose-readings): ${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? ', …' : ''}`);
  return { findings: findings.map((f) => ({ ...f, ...(read.get(findingKey(f)) ?? UNREAD) })), themes };
}

/** All findings, in time order of their documents, then document order. */
export function loadFindings() {
  cache ??= load();
  return cache;
}
