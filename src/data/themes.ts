/** A theme with its findings and its balance by document, for the theme pages and their data files. */
import { loadDocuments } from './documents';
import { loadFindings } from './findings';
import { themeBalance } from '../model/theme-balance';

export async function loadThemePages() {
  const documents = await loadDocuments();
  const { findings, themes } = await loadFindings();
  const shortTitle = (id: string) => documents.find((d) => d.id === id)!.data.shortTitle;
  return themes.map((theme) => ({
    theme,
    findings: findings.filter((f) => f.themes.includes(theme.id)),
    balance: themeBalance(findings, theme.id).map((row) => ({ ...row, label: shortTitle(row.document) })),
  }));
}
