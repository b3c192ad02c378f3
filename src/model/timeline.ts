/**
 * Key moments (content/timeline.yaml): dated events the documents state, each
 * with the words that state it, checked against the text so no date is guessed.
 */
import { z } from 'astro/zod';
import { compareDates } from './dates';
import { checkQuotes, quoteSource, type TextOf } from './quotations';
import { partialDate } from './schema';

export const momentSchema = z.object({
  id: z.string(),
  /** When, as precisely as the document says. */
  date: partialDate,
  /** The last day, for an event that lasted more than a day. */
  to: partialDate.optional(),
  /** What happened, in plain words. */
  event: z.string(),
  /** The block that states it. */
  source: quoteSource,
  /** The document's own words that state it. */
  quote: z.string(),
  /** The moment's place in timeline.yaml, set by the collection's loader: the order of moments of the same date. */
  order: z.number().int().nonnegative().optional(),
});
export type Moment = z.infer<typeof momentSchema>;

/** Problems with the timeline, given the text of every block by document and id. */
export const checkTimeline = (moments: Moment[], textOf: TextOf): string[] => checkQuotes('timeline.yaml', moments, textOf);

/** In time order; a date of lower precision sorts before a more precise one in the same period. */
export const inTimeOrder = (moments: Moment[]) => [...moments].sort((a, b) => compareDates(a.date, b.date));
