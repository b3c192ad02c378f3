/**
 * The fixed words of the record: grades, kinds of document, inspection frameworks.
 * Everything that shows or checks one of these reads it from here.
 */

/** Ofsted's grade words, each with its place on the 4-point scale (1 is best). */
export const GRADES = {
  Outstanding: 1,
  Good: 2,
  Adequate: 3,
  'Requires improvement': 3,
  'Requires improvement to be good': 3,
  Inadequate: 4,
} as const;

export type Grade = keyof typeof GRADES;
export type Rank = (typeof GRADES)[Grade];
export const GRADE_WORDS = Object.keys(GRADES) as [Grade, ...Grade[]];

export const DOCUMENT_TYPES = {
  'ofsted-report': 'Ofsted report',
  'ofsted-letter': 'Ofsted letter',
  'council-letter': 'Council letter',
  'council-report': 'Council report',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_IDS = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

/** Whether a document numbers its paragraphs: Ofsted's reports do; letters and the council's documents do not. */
export const isNumbered = (documentType: DocumentType) => documentType === 'ofsted-report';

/** Who published a document, as the search filters' values say it: Ofsted, or the council (content/site.yaml names it). */
export type PublisherId = 'ofsted' | 'council';

export function publisherOf(documentType: DocumentType): PublisherId {
  return documentType.startsWith('ofsted-') ? 'ofsted' : 'council';
}

interface Framework {
  /** The framework's name as the documents use it. */
  name: string;
  /** A few words for chart labels. */
  short: string;
  /** The grade words this framework's scale uses. */
  grades: readonly Grade[];
}

export const FRAMEWORKS = {
  'unannounced-contact-referral-assessment': {
    name: 'Annual unannounced inspection of contact, referral and assessment arrangements',
    short: 'unannounced inspection',
    grades: [],
  },
  'safeguarding-and-looked-after-children': {
    name: 'Inspection of safeguarding and looked after children services',
    short: 'safeguarding and looked after children',
    grades: ['Outstanding', 'Good', 'Adequate', 'Inadequate'],
  },
  'single-inspection-framework': {
    name: 'Single inspection framework',
    short: 'single inspection framework',
    grades: ['Outstanding', 'Good', 'Requires improvement', 'Requires improvement to be good', 'Inadequate'],
  },
} as const satisfies Record<string, Framework>;
export type FrameworkId = keyof typeof FRAMEWORKS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as [FrameworkId, ...FrameworkId[]];

/** Kinds of conversion damage the import repairs; each repair is shown to readers. */
export const REPAIR_KINDS = {
  'split-paragraph': 'Paragraph split by a page break, rejoined',
  'displaced-number': 'Paragraph number displaced into the text, moved back to the start',
  'split-table-cell': 'Table cell split by the conversion, rejoined',
  'contents-page-numbers': 'Page numbers removed from the contents list',
  'html-debris': 'Web-page code left by the conversion, removed',
  'signature-image': 'Description of a signature image removed',
  'heading-grade': 'Grade run into its heading, set on its own line',
  'lost-bullet': 'List marker lost in the conversion, restored',
  'run-together': 'Words run together by the conversion, separated',
  'layout': 'Word-processor layout (tabs, stray spaces) removed',
} as const;
export type RepairKind = keyof typeof REPAIR_KINDS;
export const REPAIR_KIND_IDS = Object.keys(REPAIR_KINDS) as [RepairKind, ...RepairKind[]];

/**
 * The document's own label for a finding, read from its structure (its headings, lists and tables):
 * never ours. What a finding says about the service is our reading (src/model/readings.ts).
 */
export const FINDING_KINDS = {
  strength: 'Strength',
  /** The 2009 letter's list of what was "delivered satisfactorily in accordance with national guidance": neither a strength nor a weakness. */
  satisfactory: 'Delivered satisfactorily, in accordance with national guidance',
  development: 'Area for development or improvement',
  recommendation: 'Recommendation',
  judgement: 'Judgement',
  unlabelled: 'None: the document does not label it',
} as const;
export type FindingKind = keyof typeof FINDING_KINDS;
export const FINDING_KIND_IDS = Object.keys(FINDING_KINDS) as [FindingKind, ...FindingKind[]];
