/**
 * The built site as the tests read it, in one place: its address (SITE), its pages (scripts/kit/pages.ts), their
 * text (./html.ts), the search index's records and block files (scripts/kit/records.ts), and `offenders`, which turns a check of
 * one page into one test of a property that lists every page failing it.
 */
import { siteAddress } from '../../src/integrations/site-address';

export { DIST } from '../../scripts/kit/server';
export { builtPages, documentPages, readPage, SEARCH_PATH, type BuiltPage } from '../../scripts/kit/pages';
export { builtBlockFiles, builtBlocks, builtRecords } from '../../scripts/kit/records';

/** The site's address, as the build read it from the same environment (src/integrations/site-address.ts). */
export const SITE = siteAddress(process.env).url;

/** A failure's message, colour codes taken out, shortened to what a list of offenders needs. */
function why(error: unknown): string {
  // eslint-disable-next-line no-control-regex
  const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '').trim();
  return message.length > 600 ? `${message.slice(0, 600)}…` : message;
}

/**
 * Every item `check` fails for, as "<name>: <why>": `expect(offenders(...)).toEqual([])` is one test of a
 * property that names each offending page, where a loop of tests would be one test per page.
 */
export function offenders<T>(items: Iterable<T>, nameOf: (item: T) => string, check: (item: T) => void): string[] {
  const found: string[] = [];
  for (const item of items) {
    try {
      check(item);
    } catch (error) {
      found.push(`${nameOf(item)}: ${why(error)}`);
    }
  }
  return found;
}

/**
 * Offenders gathered in one pass over the pages (a browser visits each page once) for several properties,
 * each then asserted by a test of its own: `await found.check(property, path, async () => ...)`.
 */
export class Offenders {
  private readonly byProperty = new Map<string, { checked: number; failed: string[] }>();

  private entry(property: string) {
    return this.byProperty.get(property) ?? this.byProperty.set(property, { checked: 0, failed: [] }).get(property)!;
  }

  /** Runs `check` for `where`, noting its failure under `property`. */
  async check(property: string, where: string, check: () => unknown): Promise<void> {
    const entry = this.entry(property);
    entry.checked++;
    try {
      await check();
    } catch (error) {
      entry.failed.push(`${where}: ${why(error)}`);
    }
  }

  /** Every offender of `property`, and how many places it was checked at (a test asserts both, so none passes unchecked). */
  of(property: string): { checked: number; failed: string[] } {
    return this.entry(property);
  }
}
