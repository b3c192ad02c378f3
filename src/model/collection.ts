/**
 * What the pages say about the collection as a whole (the years it spans, who published which
 * document), derived from the documents, so that adding one changes every sentence that counts,
 * dates or lists them.
 */
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** "a, b and c" (British style, no serial comma). */
export const listAnd = (items: readonly (string | number)[]) => AND.format(items.map(String));
/** "a, b or c". */
export const listOr = (items: readonly (string | number)[]) => OR.format(items.map(String));

/** The distinct years of these documents or inspections, earliest first. */
export const yearsOf = (items: readonly { year: number }[]): number[] => [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);

/** "2009 to 2018": the span of these years (one year alone when there is one). */
export function yearSpan(years: readonly number[]): string {
  if (!years.length) throw new Error('yearSpan: no years');
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first} to ${last}`;
}

/** A document as these sentences name it (a RecordDocument is one). */
export interface Published {
  year: number;
  data: { shortTitle: string; publisher: string };
}

/** The documents of each publisher, publishers in the order their first document comes. */
export const byPublisher = <D extends Published>(documents: readonly D[]) => Map.groupBy(documents, (d) => d.data.publisher);

/** "Ofsted's", "Ofsted's and the Care Quality Commission's": whose text a sentence says is Crown copyright. */
export const possessive = (publishers: readonly string[]) => listAnd(publishers.map((p) => `${p}'s`));
/** The years of the documents of these publishers (content/site.yaml crownPublishers): "2009 and 2012". */
export const crownYears = (documents: readonly Published[], publishers: readonly string[]) =>
  listAnd(yearsOf(documents.filter((d) => publishers.includes(d.data.publisher))));

/**
 * Who published which document, one clause per publisher: "The 2009 letter and the 2012 report are
 * Ofsted's; the 2015 letter … are the council's."
 */
export function publishedBySentence(documents: readonly Published[]): string {
  const clauses = [...byPublisher(documents)].map(
    ([publisher, own]) => `${listAnd(own.map((d) => `the ${d.data.shortTitle}`))} ${own.length > 1 ? 'come' : 'comes'} from ${publisher}`,
  );
  const sentence = clauses.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
