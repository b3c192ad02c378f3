/**
 * The search page's filters: each facet's values are the values of the index's filter of that name
 * (src/model/search-records.ts), which are also the URL's. Pure: src/pages/search.astro hands it the
 * documents, the themes and the records, and only writes the checkboxes.
 */
import { yearsOf } from './collection';
import { filterSlug } from './outline';
import { publisherOf } from './vocabulary';
import type { InspectionDocument } from './schema';
import type { SearchFacet } from './search-records';
import { FINDING_KINDS } from './vocabulary';

export interface FacetSources {
  documents: { id: string; year: number; data: Pick<InspectionDocument, 'shortTitle' | 'publisher' | 'documentType'> & { judgements: { area: string }[] } }[];
  themes: { id: string; name: string }[];
  records: { filters: Record<SearchFacet, string[]> }[];
}

export interface Facet {
  name: SearchFacet;
  legend: string;
  /** What the facet's values mean, where the legend alone does not say. */
  hint?: string;
  values: { value: string; label: string }[];
}

export function searchFacets({ documents, themes, records }: FacetSources): Facet[] {
  const years = yearsOf(documents);
  const areas = new Map(documents.flatMap((d) => d.data.judgements.map((j) => [filterSlug(j.area), j.area] as const)));
  // Areas, kinds and themes no record carries would be filters that always list nothing.
  const used = (facet: SearchFacet, value: string) => records.some((r) => r.filters[facet].includes(value));
  // Named as the documents name their publishers, Ofsted first.
  const publishers = new Map(documents.map((d) => [publisherOf(d.data.documentType), d.data.publisher] as const));
  return [
    { name: 'year', legend: 'Year', values: years.map((y) => ({ value: String(y), label: String(y) })) },
    { name: 'document', legend: 'Document', values: documents.map((d) => ({ value: d.id, label: d.data.shortTitle })) },
    { name: 'publisher', legend: 'Published by', values: [...publishers].sort(([a], [b]) => (a === 'ofsted' ? -1 : b === 'ofsted' ? 1 : 0)).map(([value, label]) => ({ value, label })) },
    {
      name: 'area',
      legend: 'Judgement area',
      hint: 'The paragraphs on an area the inspectors graded, and the lines that state its grade.',
      values: [...areas].filter(([value]) => used('area', value)).map(([value, label]) => ({ value, label })),
    },
    {
      name: 'kind',
      legend: "The document's label",
      hint: 'As the document itself sets it out: under a heading such as “Strengths”, or in a list its own words introduce.',
      values: Object.entries(FINDING_KINDS).filter(([value]) => used('kind', value)).map(([value, label]) => ({ value, label })),
    },
    { name: 'theme', legend: 'Theme', hint: 'Our reading: the subjects a finding is about, reviewed against each passage.', values: themes.filter((t) => used('theme', t.id)).map((t) => ({ value: t.id, label: t.name })) },
  ];
}
