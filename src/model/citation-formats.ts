/**
 * Citations a reference manager can import, built from the frontmatter alone,
 * as the plain "how to cite" line is (citation.ts): RIS, BibTeX and CSL-JSON.
 *
 * The author is the organisation that issued the document, as the line says.
 * The date is exactly as precise as the document states it (year, month or day),
 * and an undated document has no date. A finding is cited as its part of the
 * document ("paragraph 30"), at its own address.
 */
import type { InspectionDocument } from './schema';
import { parseDate } from './dates';
import { dateStatement } from './citation';
import { sitePath } from './paths';

export type CitationFormat = 'ris' | 'bib' | 'json';

export const CITATION_FORMATS: { ext: CitationFormat; label: string; mediaType: string }[] = [
  { ext: 'ris', label: 'RIS', mediaType: 'application/x-research-info-systems' },
  { ext: 'bib', label: 'BibTeX', mediaType: 'application/x-bibtex' },
  { ext: 'json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
];

/** Site-relative path of a citation file: /cite/<document>.ris or /cite/<document>/<finding>.ris. */
export function citationPath(documentId: string, ext: CitationFormat, findingId?: string): string {
  return sitePath(`/cite/${documentId}${findingId ? `/${findingId}` : ''}.${ext}`);
}

/** The three downloads for a document or a finding, for "Download citation: RIS · BibTeX · CSL-JSON". */
export function citationFiles(documentId: string, findingId?: string) {
  return CITATION_FORMATS.map((format) => ({ ...format, path: citationPath(documentId, format.ext, findingId) }));
}

type CitedDocument = Pick<InspectionDocument, 'title' | 'documentType' | 'publisher' | 'issued'>;

export interface CitationInput {
  /** The document's id: the citation key is built from it. */
  id: string;
  doc: CitedDocument;
  /** Absolute URL of the page cited. */
  url: string;
  /** The part cited, as the page names it ("paragraph 30"), with its id. */
  part?: { id: string; label: string };
}

/** The date parts the document states, or none when it is undated. */
export function statedDate(issued: CitedDocument['issued']): { year: number; month?: number; day?: number } | undefined {
  if (issued.as === 'undated') return undefined;
  return parseDate(issued.date);
}

const isLetter = (doc: CitedDocument) => doc.documentType.endsWith('-letter');

const titleOf = ({ doc, part }: CitationInput) => (part ? `${doc.title}, ${part.label}` : doc.title);

const keyOf = ({ id, part }: CitationInput) => (part ? `${id}-${part.id}` : id);

const pad = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------- RIS

/** RIS (Research Information Systems): one tagged line per field, ending ER. */
export function toRis(input: CitationInput): string {
  const { doc, url } = input;
  const date = statedDate(doc.issued);
  const lines: [string, string][] = [
    ['TY', isLetter(doc) ? 'GEN' : 'RPRT'],
    ['ID', keyOf(input)],
    ['TI', titleOf(input)],
    ['AU', doc.publisher],
    ['PB', doc.publisher],
  ];
  if (date) {
    lines.push(['PY', String(date.year)]);
    lines.push(['DA', `${date.year}/${date.month ? pad(date.month) : ''}/${date.day ? pad(date.day) : ''}/`]);
  }
  lines.push(['UR', url], ['N1', dateStatement(doc.issued)], ['LA', 'en-GB'], ['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- BibTeX

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value: TeX's special characters escaped, so braces always balance. */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]!);
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX: @report for a report, @misc for a letter; the organisation in double braces so it is not read as a person's name. */
export function toBibtex(input: CitationInput): string {
  const { doc, url } = input;
  const date = statedDate(doc.issued);
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(titleOf(input))}}`],
    ['author', `{{${escapeBibtex(doc.publisher)}}}`],
  ];
  if (!isLetter(doc)) fields.push(['institution', `{${escapeBibtex(doc.publisher)}}`]);
  else fields.push(['publisher', `{${escapeBibtex(doc.publisher)}}`]);
  if (date) {
    fields.push(['year', `{${date.year}}`]);
    if (date.month) fields.push(['month', BIBTEX_MONTHS[date.month - 1]!]);
    fields.push(['date', `{${[date.year, date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-')}}`]);
  }
  fields.push(['url', `{${url}}`], ['note', `{${escapeBibtex(dateStatement(doc.issued))}}`], ['langid', '{british}']);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${isLetter(doc) ? 'misc' : 'report'}{${keyOf(input)},\n${body}\n}\n`;
}

// ---------------------------------------------------------------- CSL-JSON

export interface CslItem {
  id: string;
  type: 'report' | 'letter';
  title: string;
  author: { literal: string }[];
  publisher: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
  note: string;
  language: string;
}

/** CSL-JSON (Citation Style Language), an array of one item, as Zotero and citeproc read it. */
export function toCslItem(input: CitationInput): CslItem {
  const { doc, url } = input;
  const date = statedDate(doc.issued);
  return {
    id: keyOf(input),
    type: isLetter(doc) ? 'letter' : 'report',
    title: titleOf(input),
    author: [{ literal: doc.publisher }],
    publisher: doc.publisher,
    ...(date ? { issued: { 'date-parts': [[date.year, date.month, date.day].filter((n): n is number => n !== undefined)] } } : {}),
    URL: url,
    note: dateStatement(doc.issued),
    language: 'en-GB',
  };
}

export function toCslJson(input: CitationInput): string {
  return `${JSON.stringify([toCslItem(input)], null, 2)}\n`;
}

export function citationText(format: CitationFormat, input: CitationInput): string {
  return format === 'ris' ? toRis(input) : format === 'bib' ? toBibtex(input) : toCslJson(input);
}
