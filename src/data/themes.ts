/** A theme with its findings (and those grouped by document, as its page lists them) and its balance by document, for the theme pages and their data files. */
import { loadDocuments } from './documents';
import { loadFindings } from './findings';
import { findingGroups } from '../model/related';
import { balanceSummary, themeBalance } from '../model/theme-balance';

export async function loadThemePages() {
  const documents = await loadDocuments();
  const { findings, themes } = await loadFindings();
  const shortTitle = (id: string) => documents.find((d) => d.id === id)!.data.shortTitle;
  return themes.map((theme) => {
    const balance = themeBalance(findings, theme.id).map((row) => ({ ...row, label: shortTitle(row.document) }));
    const own = findings.filter((f) => f.themes.includes(theme.id));
    // The chart's source line names the documents its bars count.
    const sources = documents.filter((d) => balance.some((row) => row.document === d.id));
    return { theme, findings: own, groups: findingGroups(documents, own), balance, sources, summary: balanceSummary(balance) };
  });
}
