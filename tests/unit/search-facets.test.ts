import { describe, expect, test } from 'vitest';
import { searchFacets } from '../../src/model/search-facets';

const record = (filters: Partial<Record<'year' | 'document' | 'publisher' | 'area' | 'kind' | 'theme', string[]>>) => ({
  filters: { year: [], document: [], publisher: [], area: [], kind: [], theme: [], ...filters },
});

describe('searchFacets', () => {
  const facets = searchFacets({
    documents: [
      { id: 'b-2015', year: 2015, data: { shortTitle: '2015 letter', documentType: 'council-letter' as const, publisher: 'Northshire County Council', judgements: [{ area: 'Overall effectiveness' }, { area: 'Adoption' }] } },
      { id: 'a-2012', year: 2012, data: { shortTitle: '2012 report', documentType: 'ofsted-report' as const, publisher: 'Ofsted', judgements: [{ area: 'Overall effectiveness' }] } },
    ],
    themes: [
      { id: 'workforce', name: 'Workforce' },
      { id: 'care-leavers', name: 'Care leavers' },
    ],
    records: [record({ area: ['overall-effectiveness'], kind: ['strength'], theme: ['care-leavers'] })],
  });
  const values = (name: string) => facets.find((f) => f.name === name)!.values;

  test('lists the facets in the order the page shows them, each with its legend', () => {
    expect(facets.map((f) => [f.name, f.legend])).toEqual([
      ['year', 'Year'],
      ['document', 'Document'],
      ['publisher', 'Published by'],
      ['area', 'Judgement area'],
      ['kind', "The document's label"],
      ['theme', 'Theme'],
    ]);
  });

  test('lists every year once, in order, and every document and publisher, named as the documents name them', () => {
    expect(values('year')).toEqual([{ value: '2012', label: '2012' }, { value: '2015', label: '2015' }]);
    expect(values('document')).toEqual([{ value: 'b-2015', label: '2015 letter' }, { value: 'a-2012', label: '2012 report' }]);
    expect(values('publisher')).toEqual([{ value: 'ofsted', label: 'Ofsted' }, { value: 'council', label: 'Northshire County Council' }]);
  });

  test('offers only the areas, kinds and themes some record carries, by their URL value', () => {
    expect(values('area')).toEqual([{ value: 'overall-effectiveness', label: 'Overall effectiveness' }]);
    expect(values('kind')).toEqual([{ value: 'strength', label: 'Strength' }]);
    expect(values('theme')).toEqual([{ value: 'care-leavers', label: 'Care leavers' }]);
  });
});
