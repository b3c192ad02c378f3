/**
 * The plain-text "how to cite" line, built from the frontmatter alone. It states
 * the source and date of publication, the condition of Ofsted's Crown copyright.
 */
import type { InspectionDocument } from './schema';
import { formatDate, formatDateRange } from './dates';

const DATE_WORDS = { published: 'Published', letter: 'Letter dated', meeting: 'For the meeting of', undated: 'Undated' } as const;

export function dateStatement(issued: InspectionDocument['issued']): string {
  return issued.as === 'undated' ? `Undated (${formatDate(issued.date)})` : `${DATE_WORDS[issued.as]} ${formatDate(issued.date)}`;
}

/** When the inspection took place, as the document states it: its span, or only when it was completed. */
export function inspectionStatement(inspected: NonNullable<InspectionDocument['inspected']>): string {
  const when = formatDateRange(inspected.from, inspected.to);
  return inspected.as === 'completed' ? `Completed in ${when}` : when;
}

export function citation(doc: InspectionDocument, url: string, part?: string): string {
  const where = part ? `, ${part}` : '';
  return `${doc.publisher}, “${doc.title}”${where}. ${dateStatement(doc.issued)}. Reproduced at ${url}`;
}
