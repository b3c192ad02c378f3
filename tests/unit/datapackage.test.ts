/** The one registry of the open data (openDatasets in src/model/datapackage.ts), run on the real record's themes. */
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/data/documents';
import { loadDatasets, loadOpenDataFiles } from '../../src/data/open-data';
import { dataPackage, FINDING_CSV_FIELDS } from '../../src/model/datapackage';
import { siteContent } from '../support/site-content';

const datasets = await loadDatasets();

describe('openDatasets', () => {
  test('each data set has a CSV then a JSON file of the same name, the glossary JSON alone', () => {
    const shapes = datasets.map((d) => d.resources.map((r) => r.path).join(' + '));
    expect(shapes).toContain('judgements.csv + judgements.json');
    expect(shapes).toContain('glossary.json');
    for (const { resources } of datasets) {
      const stems = resources.map((r) => r.path.replace(/\.(csv|json)$/, ''));
      expect(new Set(stems).size).toBe(1);
      expect(resources.map((r) => r.format)).toEqual(resources.length === 2 ? ['csv', 'json'] : ['json']);
    }
  });

  test('a family of data sets, one per theme, each tagged so the /data/ page lists the family once', () => {
    const themed = datasets.filter((d) => d.family === 'theme');
    expect(themed.length).toBeGreaterThan(0);
    expect(themed.every((d) => d.source.kind === 'theme' && d.resources[0]!.path === `themes/${d.source.theme}.csv`)).toBe(true);
  });

  test('the findings CSV is described with the fields it is written with', () => {
    const findings = datasets.find((d) => d.source.kind === 'findings')!;
    expect(findings.resources[0]!.schema!.fields.map((f) => f.name)).toEqual([...FINDING_CSV_FIELDS]);
  });

  test('the data package describes every file the registry makes, in the same order', async () => {
    const files = await loadOpenDataFiles();
    const pkg = dataPackage({ siteUrl: 'https://example.org/', site: siteContent(), datasets, documents: await loadDocuments() });
    expect(pkg.resources.map((r) => r.path)).toEqual(files.map((f) => f.resource.path));
    expect(new Set(files.map((f) => f.resource.name)).size).toBe(files.length);
  });
});
