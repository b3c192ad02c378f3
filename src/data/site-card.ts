/** The site's own link-preview card, shown for every page that has none of its own. */
import { loadDocuments } from './documents';
import { siteCard, type PreviewCard } from './preview-cards';
import { SITE_NAME } from '../model/metadata';

const DESCRIPTION = "Every inspection document we hold on Lancashire County Council's children's services, in full, with the judgements each one states.";

let card: Promise<PreviewCard> | undefined;

export function loadSiteCard(): Promise<PreviewCard> {
  card ??= loadDocuments().then((documents) => siteCard(SITE_NAME, DESCRIPTION, documents));
  return card;
}
