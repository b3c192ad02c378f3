/** content/site.yaml against the documents: checkSite on the real record, and on what it must refuse. */
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/data/documents';
import { loadBlockTexts } from '../../src/data/record';
import { loadSite } from '../../src/data/site';
import { checkSite } from '../../src/model/site';

const documents = await loadDocuments();
const textOf = await loadBlockTexts();
const site = await loadSite();

describe('checkSite', () => {
  test('the record agrees with content/site.yaml', () => {
    expect(checkSite(site, documents, textOf)).toEqual([]);
  });

  test('refuses another council, a block that does not name it, and a name or description that does not', () => {
    const other = {
      ...site,
      council: { ...site.council, name: 'Northshire County Council', shortName: 'Northshire' },
      name: "Children's services inspections",
    };
    const problems = checkSite(other, documents, textOf);
    expect(problems.filter((p) => /is about "/.test(p))).toHaveLength(documents.length);
    expect(problems.filter((p) => /a council's document, is published by/.test(p)).length).toBe(
      documents.filter((d) => d.data.documentType.startsWith('council-')).length,
    );
    expect(problems).toContain(`content/site.yaml: council.source: ${site.council.source.document}#${site.council.source.block} does not name "Northshire County Council"`);
    expect(problems).toContain('content/site.yaml: name must name the council ("Northshire")');
    expect(problems).toContain('content/site.yaml: description must name the council ("Northshire")');
    expect(checkSite({ ...site, council: { ...site.council, source: { document: documents[0]!.id, block: 'nowhere' } } }, documents, textOf)).toEqual([
      `content/site.yaml: council.source: ${documents[0]!.id} has no block "nowhere"`,
    ]);
  });

  test('refuses a Crown publisher that publishes no document we hold', () => {
    expect(site.crownPublishers.length).toBeGreaterThan(0);
    expect(checkSite({ ...site, crownPublishers: [...site.crownPublishers, 'The Care Inspectorate'] }, documents, textOf)).toEqual([
      'content/site.yaml: crownPublishers: no document we hold is published by "The Care Inspectorate"',
    ]);
  });
});
