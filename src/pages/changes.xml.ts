import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadChangeNotes } from '../data/record';
import { changeTitle, importance, newestFirst, repairsMade } from '../model/changes';
import { loadSite } from '../data/site';
import { addressOf } from '../data/site-url';

/** The changes page as an RSS feed: one item per entry of content/changes.yaml, newest first. */
export const GET: APIRoute = async () => {
  const notes = newestFirst(await loadChangeNotes());
  // Each item is dated by its own change; the channel last changed with the newest of them (RFC 822, as RSS 2.0 asks).
  const dated = (date: string) => new Date(`${date}T00:00:00Z`);
  const lastChanged = notes[0] ? `<lastBuildDate>${dated(notes[0].change.date).toUTCString()}</lastBuildDate>` : '';
  return rss({
    title: `${(await loadSite()).name}: changes`,
    description: 'Every document published on this record, and every repair or correction made to a published text since.',
    site: addressOf('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language>${lastChanged}<atom:link href="${addressOf('/changes.xml')}" rel="self" type="application/rss+xml"/>`,
    items: notes.map(({ change, document, repairs }) => ({
        title: changeTitle(change, document.data.shortTitle),
        // The entry on the changes page: its id never changes, so neither does the item's link (its guid).
        link: addressOf(`/changes/#${change.id}`),
        pubDate: dated(change.date),
        // A summary ends with its own full stop; a count of repairs after it needs one.
        description: [change.summary, repairsMade(change, repairs.length)].filter(Boolean).join(' ').replace(/\.?$/, '.'),
        categories: [importance(change)],
      })),
  });
};
