/**
 * Citations a reference manager can import, built from the frontmatter alone,
 * as the plain "how to cite" line is (citation.ts): RIS, BibTeX and CSL-JSON.
 *
 * The author is the organisation that issued the document, as the line says.
 * The date is exactly as precise as the document states it (year, month or day),
 * and an undated document has no date. A finding is cited as its part of the
 * document ("paragraph 30"), at its own address.
 *
 * The CSL item (toCslItem) is the one description: RIS and BibTeX are written
 * from it, so each format names the same type, title, author and date.
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

/**
 * Each CSL item type as RIS and BibTeX (biblatex) name it, as citation-js and Zotero read them back.
 * CSL has no "letter": its type for a letter is personal_communication, biblatex's is @letter, RIS's PCOMM.
 */
export const ITEM_TYPES = {
  report: { ris: 'RPRT', bibtex: 'report' },
  personal_communication: { ris: 'PCOMM', bibtex: 'letter' },
} as const;
export type CslType = keyof typeof ITEM_TYPES;

const titleOf = ({ doc, part }: CitationInput) => (part ? `${doc.title}, ${part.label}` : doc.title);

/** BibTeX keys longer than this are truncated or refused by some reference managers. */
export const MAX_KEY_LENGTH = 40;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'are', 'for', 'in', 'including', 'of', 'on', 'the', 'to']);

/**
 * A document's citation key, author-year-word as reference managers make them: the publisher's
 * first word, the year and the first word of the document's id after its year
 * ("ofsted2012safeguarding", "lancashire2018scrutiny").
 */
export function documentKey(id: string, doc: Pick<CitedDocument, 'publisher' | 'issued'>): string {
  const word = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).find((w) => w && !SMALL_WORDS.has(w)) ?? '';
  return `${word(doc.publisher)}${doc.issued.date.slice(0, 4)}${word(id.replace(/^\d{4}-/, ''))}`;
}

/**
 * A part's id, made to fit in `room` characters: whole when it fits; otherwise without small
 * words, its leading words shortened to initials, one at a time, until the rest fits
 * ("main-findings-safeguarding-partnership-working" in 17 → "mfs-partnership-working" does not fit, "mfsp-working" does).
 */
export function shortPartId(id: string, room: number): string {
  if (id.length <= room) return id;
  const words = id.split('-').filter((w) => w && !SMALL_WORDS.has(w));
  for (let initials = 1; initials <= words.length; initials++) {
    const short = [words.slice(0, initials).map((w) => w[0]).join(''), ...words.slice(initials)].join('-');
    if (short.length <= room) return short;
  }
  return words.map((w) => w[0]).join('').slice(0, room);
}

/** The citation key: the document's, and for a part, the document's then the part's id, in at most MAX_KEY_LENGTH characters. */
export function citationKey({ id, doc, part }: CitationInput): string {
  const key = documentKey(id, doc);
  return part ? `${key}-${shortPartId(part.id, MAX_KEY_LENGTH - key.length - 1)}` : key;
}

const pad = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------- CSL-JSON

export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  author: { literal: string }[];
  publisher: string;
  issued?: { 'date-parts': [number, number?, number?][] };
  URL: string;
  note: string;
  language: string;
}

/** The item every format is written from: CSL-JSON (Citation Style Language), as Zotero and citeproc read it. */
export function toCslItem(input: CitationInput): CslItem {
  const { doc, url } = input;
  const date = statedDate(doc.issued);
  const key = citationKey(input);
  return {
    id: key,
    'citation-key': key,
    type: isLetter(doc) ? 'personal_communication' : 'report',
    title: titleOf(input),
    author: [{ literal: doc.publisher }],
    publisher: doc.publisher,
    ...(date ? { issued: { 'date-parts': [[date.year, date.month, date.day].filter((n): n is number => n !== undefined) as [number, number?, number?]] } } : {}),
    URL: url,
    note: dateStatement(doc.issued),
    language: 'en-GB',
  };
}

/** CSL-JSON: an array of one item. */
export function toCslJson(input: CitationInput): string {
  return `${JSON.stringify([toCslItem(input)], null, 2)}\n`;
}

const dateParts = (item: CslItem) => {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  return year === undefined ? undefined : { year, month, day };
};

// ---------------------------------------------------------------- RIS

/** RIS (Research Information Systems): one tagged line per field, ending ER. */
export function toRis(input: CitationInput): string {
  const item = toCslItem(input);
  const date = dateParts(item);
  const lines: [string, string][] = [
    ['TY', ITEM_TYPES[item.type].ris],
    ['ID', item.id],
    ['TI', item.title],
    ...item.author.map((a): [string, string] => ['AU', a.literal]),
    ['PB', item.publisher],
  ];
  if (date) {
    lines.push(['PY', String(date.year)]);
    lines.push(['DA', `${date.year}/${date.month ? pad(date.month) : ''}/${date.day ? pad(date.day) : ''}/`]);
  }
  lines.push(['UR', item.URL], ['N1', item.note], ['LA', item.language], ['ER', '']);
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

/**
 * BibTeX (biblatex types): @report with its institution, @letter for a letter; the organisation
 * in double braces so it is not read as a person's name.
 */
export function toBibtex(input: CitationInput): string {
  const item = toCslItem(input);
  const type = ITEM_TYPES[item.type].bibtex;
  const date = dateParts(item);
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(item.title)}}`],
    ['author', `{${item.author.map((a) => `{${escapeBibtex(a.literal)}}`).join(' and ')}}`],
  ];
  if (type === 'report') fields.push(['institution', `{${escapeBibtex(item.publisher)}}`]);
  if (date) {
    fields.push(['year', `{${date.year}}`]);
    if (date.month) fields.push(['month', BIBTEX_MONTHS[date.month - 1]!]);
    fields.push(['date', `{${[date.year, date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-')}}`]);
  }
  fields.push(['url', `{${item.URL}}`], ['note', `{${escapeBibtex(item.note)}}`], ['langid', '{british}']);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${type}{${item.id},\n${body}\n}\n`;
}

export function citationText(format: CitationFormat, input: CitationInput): string {
  return format === 'ris' ? toRis(input) : format === 'bib' ? toBibtex(input) : toCslJson(input);
}
