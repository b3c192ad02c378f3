/**
 * What a search result shows of its block, read from its block file (or its record): pure, so both the
 * build (src/integrations/search-index.ts, the context a link needs) and the search page's script
 * (src/scripts/search-link.ts) read a result the same way.
 */
import type { BlockFile } from './search-groups';
import type { LandingContext } from './search-landing';

/** A search result: the block's URL (…/#p30), the words its page shows, and whether they occur elsewhere on that page. */
export interface Shown {
  url: string;
  text: string;
  /** A table row or framing text (a letterhead, an address): a text fragment cannot match across its cells or lines, so it gets none. */
  row: boolean;
  repeated: boolean;
  /** The reader's forms the record was indexed with and the text's words each stands for ("IRO → independent reviewing officers"). */
  stands: readonly string[];
  /** The words whose directive needs other context to land on the block, or none lands (src/model/search-landing.ts). */
  context?: LandingContext;
}

/** What a result shows, from its block file (or its record); its `form` says whether a text fragment can match it (see `row`). */
export function shownOf(record: Pick<BlockFile, 'url' | 'filters' | 'context'>): Shown {
  const form = record.filters.form?.[0];
  return {
    url: record.url,
    text: record.filters.text?.[0] ?? '',
    row: form === 'row' || form === 'text' || form === 'table',
    repeated: !!record.filters.repeated?.length,
    stands: record.filters.stands ?? [],
    ...(record.context && { context: record.context }),
  };
}
