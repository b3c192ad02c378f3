/**
 * Dates as the documents state them: some to the day, some only to the month
 * ("June 2018") or the year. A date is an ISO 8601 string of reduced precision:
 * YYYY, YYYY-MM or YYYY-MM-DD, so a document never claims more than it says.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of a partial ISO date, or undefined if it is not a real calendar date. */
export function parseDate(value: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return { year, month, day };
}

export function isDate(value: string): boolean {
  return parseDate(value) !== undefined;
}

/** "3 November 2009", "June 2018" or "2018": British order, no invented precision. */
export function formatDate(value: string): string {
  const parts = parseDate(value);
  if (!parts) throw new Error(`Not a date: ${value}`);
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "3–4 November 2009", "23 January – 3 February 2012", or one date when from equals to. */
export function formatDateRange(from: string, to?: string): string {
  if (!to || to === from) return formatDate(from);
  const a = parseDate(from)!;
  const b = parseDate(to)!;
  if (a.day !== undefined && b.day !== undefined && a.year === b.year) {
    if (a.month === b.month) return `${a.day}–${b.day} ${MONTHS[b.month! - 1]} ${b.year}`;
    return `${a.day} ${MONTHS[a.month! - 1]} – ${formatDate(to)}`;
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function yearOf(value: string): number {
  const parts = parseDate(value);
  if (!parts) throw new Error(`Not a date: ${value}`);
  return parts.year;
}

/** Sorts partial dates in time order; a less precise date sorts before a more precise one in the same period. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** When a document sits in the record's story: the start of the inspection it reports on, or its own date. */
export const documentTime = (doc: { inspected?: { from: string }; issued: { date: string } }) => doc.inspected?.from ?? doc.issued.date;
