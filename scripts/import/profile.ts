/**
 * What the import needs to know about one source that its text cannot tell it:
 * which lines are headings, which are letterheads or sign-offs, where tables are,
 * and the few one-off repairs. The document's facts are not here: they live once,
 * in its entry's frontmatter, which the import reads (scripts/import.ts).
 */
import type { Replacement } from './repair';

export interface TableProfile {
  /** The table's id, and the prefix of its rows' ids. */
  id: string;
  /** The trimmed first line of the table. */
  start: string;
  /** The start of the first line after the table; the table runs to the end without it. */
  until?: string;
  /** The first row is the table's title. */
  caption?: boolean;
  /** The first row (after any caption) holds the column headings. */
  headRow?: boolean;
  /** Column headings the document does not print, for readers of the table. */
  head?: string[];
  /** Rows that head a group of rows, with the short key used in their ids. */
  groups?: Record<string, string>;
}

export interface Profile {
  /** The entry id and file name: starts with the year, read by people in URLs. */
  id: string;
  /** Paragraphs carry the document's own numbers ("15."). */
  numbered: boolean;
  /** Every heading in document order: text after repairs, level, and id where its slug is not unique. */
  headings: [text: string, level: 2 | 3 | 4, id?: string][];
  /** Framing text (cover, letterhead, address, sign-off): the start of its first line, its id, and how many lines at most. */
  framing: [start: string, id: string, lines?: number][];
  /** The heading followed by a contents list. */
  contents?: string;
  tables: TableProfile[];
  signatureImage?: string;
  replacements: Replacement[];
  lostBullets: string[];
  /** Further page breaks, named by the words ending the first part. */
  joinAfter: string[];
  /** A table whose graded rows are the document's judgements, and the paragraph stating each. */
  judgementTable?: { id: string; statedIn: Record<string, string> };
}
