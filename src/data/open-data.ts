/**
 * The open data files under /data/, made from the one registry of data sets
 * (openDatasets in src/model/datapackage.ts): each file's path, its data package
 * resource and its contents. src/pages/data/[...file].ts serves them all.
 */
import { loadFindings } from './findings';
import { loadGlossary } from './glossary';
import { loadJudgementRows } from './documents';
import { loadAreas, loadEvidence, loadInspections } from './record';
import { csvResponse, jsonResponse } from './responses';
import { loadThemePages } from './themes';
import { CSV_LIST_SEPARATOR, FINDING_CSV_FIELDS, openDatasets, type Dataset, type DataSource, type Resource } from '../model/datapackage';
import { EVIDENCE_FIELDS } from '../model/evidence';
import { glossaryPath } from '../model/glossary';
import { journeyMarks } from '../model/journey';
import { buildMatrix, matrixRecords, MATRIX_FIELDS } from '../model/matrix';
import { JUDGEMENT_FIELDS } from '../model/opendata';
import { BALANCE_FIELDS } from '../model/theme-balance';

/** The data sets, with the themes of the record. */
export async function loadDatasets(): Promise<Dataset[]> {
  return openDatasets((await loadFindings()).themes);
}

/** A data set's rows as its CSV writes them, and its value as its JSON writes it. */
interface Contents {
  csv?: () => Promise<Response>;
  json: () => Promise<Response>;
}

async function themeRows(theme?: string) {
  return (await loadThemePages())
    .filter((page) => theme === undefined || page.theme.id === theme)
    .flatMap(({ theme, balance }) => balance.map(({ label: _, ...row }) => ({ theme: theme.id, ...row })));
}

async function matrix() {
  const inspections = await loadInspections();
  return matrixRecords(buildMatrix(await loadAreas(), inspections, await loadJudgementRows()), inspections);
}

function contentsOf(source: DataSource): Contents {
  switch (source.kind) {
    case 'judgements':
      return { csv: async () => csvResponse(JUDGEMENT_FIELDS, await loadJudgementRows()), json: async () => jsonResponse(await loadJudgementRows()) };
    case 'journey':
      return {
        csv: async () => csvResponse(JUDGEMENT_FIELDS, journeyMarks(await loadJudgementRows())),
        json: async () => jsonResponse(journeyMarks(await loadJudgementRows())),
      };
    case 'matrix':
      return { csv: async () => csvResponse(MATRIX_FIELDS, await matrix()), json: async () => jsonResponse(await matrix()) };
    case 'evidence':
      return { csv: async () => csvResponse(EVIDENCE_FIELDS, await loadEvidence()), json: async () => jsonResponse(await loadEvidence()) };
    case 'findings':
      return {
        // One finding per row; themes separated by semicolons, quoted words by CSV_LIST_SEPARATOR.
        csv: async () =>
          csvResponse(
            FINDING_CSV_FIELDS,
            (await loadFindings()).findings.map((f) => ({
              ...f,
              timescale: f.timescale ?? '',
              number: f.number ?? '',
              reading: f.reading ?? '',
              readingWords: f.readingWords.join(CSV_LIST_SEPARATOR),
              themes: f.themes.join(';'),
              themeWords: Object.entries(f.themeWords).map(([theme, words]) => `${theme}: ${words}`).join(CSV_LIST_SEPARATOR),
            })),
          ),
        json: async () => jsonResponse((await loadFindings()).findings),
      };
    case 'themes':
    case 'theme': {
      const theme = source.kind === 'theme' ? source.theme : undefined;
      return { csv: async () => csvResponse(BALANCE_FIELDS, await themeRows(theme)), json: async () => jsonResponse(await themeRows(theme)) };
    }
    case 'glossary':
      return {
        json: async () =>
          jsonResponse(
            (await loadGlossary()).map(({ entry, uses }) => ({
              id: entry.id,
              term: entry.term,
              type: entry.type,
              ...(entry.expansion ? { expansion: entry.expansion, expansionInDocuments: entry.expansionInDocuments } : {}),
              aliases: entry.aliases,
              definition: entry.definition.replace(/\s+/g, ' ').trim(),
              url: glossaryPath(entry.id),
              appearsIn: uses.map((use) => ({ document: use.document.id, block: use.id, finding: use.finding, url: use.url })),
            })),
          ),
      };
  }
}

export interface OpenDataFile {
  resource: Resource;
  response: () => Promise<Response>;
}

/** Every file under /data/ (datapackage.json aside), with its contents. */
export async function loadOpenDataFiles(): Promise<OpenDataFile[]> {
  return (await loadDatasets()).flatMap(({ source, resources }) => {
    const contents = contentsOf(source);
    return resources.map((resource) => {
      const response = contents[resource.format];
      if (!response) throw new Error(`no ${resource.format} contents for ${resource.path}`);
      return { resource, response };
    });
  });
}
