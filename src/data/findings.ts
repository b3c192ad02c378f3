/**
 * Every finding of the record with its themes, and the themes with their
 * findings: what the finding pages, theme pages and findings data read.
 */
import { getCollection } from 'astro:content';
import type { Finding } from '../model/findings';
import { assignThemes, checkThemeOverrides, findingKey, type Theme } from '../model/themes';
import { loadDocuments } from './documents';

export interface ThemedFinding extends Finding {
  themes: string[];
}

let cache: Promise<{ findings: ThemedFinding[]; themes: Theme[] }> | undefined;

async function load() {
  const findings = (await loadDocuments()).flatMap((d) => d.findings);
  const themes = (await getCollection('themes')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const overrides = (await getCollection('themeOverrides')).map((e) => e.data);
  const problems = checkThemeOverrides(findings, themes, overrides);
  if (problems.length) throw new Error(`Theme overrides need fixing:\n- ${problems.join('\n- ')}`);
  const assigned = assignThemes(findings, themes, overrides);
  return { findings: findings.map((f) => ({ ...f, themes: assigned.get(findingKey(f)) ?? [] })), themes };
}

/** All findings, in time order of their documents, then document order. */
export function loadFindings() {
  cache ??= load();
  return cache;
}
