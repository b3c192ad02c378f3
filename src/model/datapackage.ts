/**
 * The open data files under /data/ described as a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/): each CSV with its fields'
 * names, types and descriptions, each JSON file with what it holds. Served as
 * /data/datapackage.json; the /data/ page reads the same descriptions.
 */
import { byPublisher, crownYears, listAnd, possessive, yearSpan, yearsOf, type Published } from './collection';
import { EVIDENCE_FIELDS } from './evidence';
import { MATRIX_FIELDS } from './matrix';
import { JUDGEMENT_FIELDS } from './opendata';
import { BALANCE_FIELDS } from './theme-balance';
import { filterSlug } from './outline';
import type { Site } from './site';
import { FINDING_KIND_IDS, FINDING_KINDS, GRADES, GRADE_WORDS } from './vocabulary';
import { READINGS, READING_IDS, type Reading } from './readings';

/** The findings CSV's columns, in order (src/pages/data/findings.csv.ts writes them). */
export const FINDING_CSV_FIELDS = ['document', 'id', 'year', 'position', 'section', 'form', 'kind', 'timescale', 'number', 'reading', 'readingWords', 'themes', 'themeWords', 'text', 'url'] as const;
/** Between the quotes of one CSV cell (readingWords, themeWords): a mark none of the documents uses. */
export const CSV_LIST_SEPARATOR = ' | ';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  description: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number };
  trueValues?: string[];
  falseValues?: string[];
}

type FieldSpec = Omit<Field, 'name'>;

const SOURCE: FieldSpec = {
  type: 'string',
  description: 'Site-relative link to the block of the text that states it, e.g. /inspections/<document>/#p30.',
};

/** What a column means in every file that has it. */
const COMMON: Record<string, FieldSpec> = {
  document: {
    type: 'string',
    description: "The document's id; its page is /inspections/<document>/.",
    constraints: { required: true },
  },
  year: {
    type: 'integer',
    description: 'The year of the inspection the document reports on, or of the document itself where it reports on none.',
    constraints: { required: true },
  },
  framework: { type: 'string', description: "The id of the inspection framework the document reports under (see /grades/); empty where it names none." },
  group: { type: 'string', description: 'The part of the inspection the area belongs to, where the document groups them (the 2012 report); empty otherwise.' },
  area: { type: 'string', description: 'The area judged, in the document\'s own words.' },
  grade: {
    type: 'string',
    description: `The grade as the document states it: in Ofsted's own words where the document is Ofsted's, and as the council reports Ofsted's judgement where the document is the council's. One of: ${GRADE_WORDS.join(', ')}.`,
    constraints: { enum: [...GRADE_WORDS] },
  },
  rank: {
    type: 'integer',
    description: `Place of the grade on the 4-point scale: ${[1, 2, 3, 4].map((rank) => `${rank} ${GRADE_WORDS.filter((g) => GRADES[g] === rank).join(' or ')}`).join(', ')}.`,
    constraints: { minimum: 1, maximum: 4 },
  },
  source: SOURCE,
};

const judgementFields = (): Field[] =>
  JUDGEMENT_FIELDS.map((name) => ({
    name,
    ...COMMON[name]!,
    ...(name === 'area' || name === 'grade' || name === 'rank' || name === 'source'
      ? { constraints: { ...COMMON[name]!.constraints, required: true } }
      : {}),
  }));

const EVIDENCE: Record<(typeof EVIDENCE_FIELDS)[number], FieldSpec> = {
  document: COMMON.document!,
  year: COMMON.year!,
  inspection: { type: 'string', description: "The document's short title." },
  measure: { type: 'string', description: 'What was counted, in plain words (e.g. "case files reviewed").' },
  value: { type: 'integer', description: 'The number the document states.', constraints: { required: true, minimum: 0 } },
  source: { ...SOURCE, description: `${SOURCE.description} The page quotes the exact words.` },
};

const FINDINGS: Record<(typeof FINDING_CSV_FIELDS)[number], FieldSpec> = {
  document: COMMON.document!,
  id: {
    type: 'string',
    description: "The block's id within its document (p30, p28-3, a table row's name). Stable: once published it is never removed or reused.",
    constraints: { required: true },
  },
  year: COMMON.year!,
  position: { type: 'integer', description: "The finding's place in its document, counting from 1.", constraints: { required: true, minimum: 1 } },
  section: { type: 'string', description: 'The heading of the section it stands in, in the document\'s words; empty before the first heading.' },
  form: {
    type: 'string',
    description: 'What kind of block it is: a numbered or unnumbered paragraph, a point of a list, a table row, or a grade line.',
    constraints: { required: true, enum: ['paragraph', 'point', 'row', 'grade'] },
  },
  kind: {
    type: 'string',
    description: `The document's own label for the finding, as its structure (headings, lists, tables) states it, never ours: ${FINDING_KIND_IDS.map((k) => `${k} (${FINDING_KINDS[k].toLowerCase()})`).join(', ')}.`,
    constraints: { required: true, enum: [...FINDING_KIND_IDS] },
  },
  timescale: { type: 'string', description: 'For a recommendation, the timescale the document sets (e.g. "Within three months"); empty otherwise.' },
  number: { type: 'string', description: 'The number the document gives the block (a paragraph number, a list numeral); empty where it gives none.' },
  reading: {
    type: 'string',
    description: `Our reading of what the finding says about the service, reviewed by a person against the passage (not the document's label): ${READING_IDS.map((r) => `${r} (${READINGS[r].meaning})`).join('; ')}. Empty where no reviewed reading exists yet.`,
    constraints: { enum: [...READING_IDS] },
  },
  readingWords: { type: 'string', description: `The finding's exact words our reading rests on (for mixed, the praise and the criticism), separated by "${CSV_LIST_SEPARATOR.trim()}"; empty for background.` },
  themes: { type: 'string', description: 'The ids of the themes it is substantively about, in our reviewed reading (see /themes/), separated by semicolons; empty for none.' },
  themeWords: { type: 'string', description: `For each of its themes, "theme: the finding's words that make it so", separated by "${CSV_LIST_SEPARATOR.trim()}".` },
  text: { type: 'string', description: 'The words of the block, as the document wrote them.', constraints: { required: true } },
  url: { type: 'string', description: 'Site-relative link to the block in the full text.', constraints: { required: true } },
};

const MATRIX: Record<(typeof MATRIX_FIELDS)[number], FieldSpec> = {
  row: { type: 'string', description: "The id of the matrix row: a subject judged across the inspections.", constraints: { required: true } },
  subject: { type: 'string', description: 'The subject of the row, in plain words.', constraints: { required: true } },
  year: COMMON.year!,
  document: COMMON.document!,
  status: {
    type: 'string',
    description: 'judged: the document states a grade on this subject; not-judged: the inspection gave no grade on this subject under its framework (its inspectors may still have looked at it; the note of its row on /journey/ says where the 2012 report comments on it without a grade); not-stated: the framework grades the subject but no document we hold says which grade.',
    constraints: { required: true, enum: ['judged', 'not-judged', 'not-stated'] },
  },
  area: COMMON.area!,
  group: COMMON.group!,
  grade: COMMON.grade!,
  rank: COMMON.rank!,
  approximate: {
    type: 'boolean',
    description: "yes where pairing this judgement with the row's others is ours and only approximate (the frameworks differ); empty where nothing is judged.",
    trueValues: ['yes'],
    falseValues: ['no'],
  },
  source: SOURCE,
};

const BALANCE: Record<(typeof BALANCE_FIELDS)[number], FieldSpec> = {
  theme: { type: 'string', description: 'The theme\'s id; its page is /themes/<theme>/.', constraints: { required: true } },
  document: COMMON.document!,
  year: COMMON.year!,
  ...(Object.fromEntries(
    READING_IDS.map((r) => [r, { type: 'integer', description: `Findings on the theme that our reading finds ${r}: ${READINGS[r].meaning}.`, constraints: { minimum: 0 } }]),
  ) as Record<Reading, FieldSpec>),
};

const fieldsOf = <F extends string>(names: readonly F[], specs: Record<F, FieldSpec>): Field[] =>
  names.map((name) => ({ name, ...specs[name] }));

export interface Resource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'tabular-data-resource' | 'data-resource';
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  schema?: { fields: Field[] };
}

const csv = (name: string, title: string, description: string, fields: Field[], path = `${name}.csv`): Resource => ({
  name: `${name.replace(/\//g, '-')}-csv`,
  path,
  title,
  description,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  schema: { fields },
});

const json = (name: string, title: string, description: string, path = `${name}.json`): Resource => ({
  name: `${name.replace(/\//g, '-')}-json`,
  path,
  title,
  description,
  profile: 'data-resource',
  format: 'json',
  mediatype: 'application/json',
  encoding: 'utf-8',
});

/** Where a data set's rows come from: src/data/open-data.ts makes each kind's files. */
export type DataSource =
  | { kind: 'judgements' | 'journey' | 'matrix' | 'evidence' | 'findings' | 'themes' | 'glossary' }
  | { kind: 'theme'; theme: string };

/** One data set under /data/: its CSV and JSON files (or JSON alone), as the data package describes them. */
export interface Dataset {
  source: DataSource;
  /** The CSV's resource, where the data set has one, then the JSON's. */
  resources: Resource[];
  /** One of a family of data sets, one per theme: the /data/ page lists the family once. */
  family?: 'theme';
}

const pair = (source: DataSource, name: string, title: string, description: string, fields: Field[], jsonDescription = `The rows of ${name}.csv as an array of objects with the same fields.`): Dataset => ({
  source,
  resources: [csv(name, title, description, fields), json(name, `${title} (JSON)`, jsonDescription)],
});

/**
 * The open data, one entry per data set, in the order the data package and the
 * /data/ page list them: the one registry the files, datapackage.json and the
 * /data/ page are all made from.
 */
export function openDatasets(themes: { id: string; name: string }[]): Dataset[] {
  const judgements = judgementFields();
  const balance = fieldsOf(BALANCE_FIELDS, BALANCE);
  return [
    pair({ kind: 'judgements' }, 'judgements', 'Judgements', 'One row per graded judgement a document states, in time order, with the link to the block that states it.', judgements),
    pair({ kind: 'journey' }, 'journey', 'The journey', 'The overall judgements the journey chart plots: one for each graded inspection, or one for each part of it where its document grades the parts separately; rows of judgements.csv.', judgements),
    pair({ kind: 'matrix' }, 'matrix', 'Judgements side by side', 'The matrix on /journey/: for each subject and inspection, whether it was judged and how; one row per cell, or per judgement where a cell holds two.', fieldsOf(MATRIX_FIELDS, MATRIX)),
    pair({ kind: 'evidence' }, 'evidence', 'What the inspections looked at', 'Figures the documents state about their evidence (cases read, people spoken to), with the block that states each.', fieldsOf(EVIDENCE_FIELDS, EVIDENCE)),
    pair(
      { kind: 'findings' },
      'findings',
      'Findings',
      'Every paragraph, point, table row and grade line of the documents, with its document, section, kind, themes and link.',
      fieldsOf(FINDING_CSV_FIELDS, FINDINGS),
      'The findings of findings.csv as an array of objects; themes is an array, and number and timescale are left out where the document gives none.',
    ),
    pair({ kind: 'themes' }, 'themes', 'Themes by document', 'For each theme and document, how many findings on the theme our reviewed reading finds positive, mixed, negative and background.', balance),
    ...themes.map((theme): Dataset => ({
      source: { kind: 'theme', theme: theme.id },
      family: 'theme',
      resources: [
        csv(`themes/${theme.id}`, `Theme: ${theme.name}`, `The rows of themes.csv for the theme ${theme.name}.`, balance),
        json(`themes/${theme.id}`, `Theme: ${theme.name} (JSON)`, `The rows of themes/${theme.id}.csv as an array of objects with the same fields.`),
      ],
    })),
    {
      source: { kind: 'glossary' },
      resources: [json('glossary', 'Glossary', 'Each abbreviation and term of art: our plain-English definition, its expansion and whether the documents write it in those words, and every block of the documents that uses it.')],
    },
  ];
}

export interface DataPackageInput {
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Whose record it is, the site's name and the licence terms in plain words (content/site.yaml). */
  site: Pick<Site, 'name' | 'council' | 'words' | 'crownPublishers'>;
  datasets: Dataset[];
  /** The documents held, which the description dates and the licence and sources name. */
  documents: Published[];
}

export function dataPackage({ siteUrl, site, datasets, documents }: DataPackageInput) {
  const resources = datasets.flatMap((d) => d.resources);
  return {
    profile: 'data-package',
    name: filterSlug(site.name),
    title: `${site.name}: the public record`,
    description:
      `The judgements, findings, evidence figures, themes and glossary of every document held about the inspections of ${site.council.name}'s children's services, ${yearSpan(yearsOf(documents))}, each row linked to the words of the document that state it.`,
    homepage: `${siteUrl}data/`,
    licenses: [
      {
        title: [
          site.crownPublishers.length > 0 && `${possessive(site.crownPublishers)} text (the ${crownYears(documents, site.crownPublishers)} documents) is Crown copyright.`,
          site.words.licenceSummary,
        ]
          .filter(Boolean)
          .join(' '),
        path: `${siteUrl}data/#licence`,
      },
      {
        title: "The data's structure and our own words may be reused freely with a link back.",
        path: `${siteUrl}data/#licence`,
      },
    ],
    sources: [{ title: `The documents as published by ${listAnd([...byPublisher(documents).keys()])}`, path: `${siteUrl}about/` }],
    resources,
  };
}
