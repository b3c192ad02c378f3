/** The site's own link-preview card, shown for every page that has none of its own: its name and description (content/site.yaml). */
import { loadDocuments } from './documents';
import { siteCard, type PreviewCard } from './preview-cards';
import { loadSite } from './site';

let card: Promise<PreviewCard> | undefined;

export function loadSiteCard(): Promise<PreviewCard> {
  card ??= Promise.all([loadSite(), loadDocuments()]).then(([site, documents]) => siteCard(site.name, site.description, documents));
  return card;
}
