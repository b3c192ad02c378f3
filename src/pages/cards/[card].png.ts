/**
 * The link-preview cards as PNG files, /cards/<hash>.png: one per finding, one
 * per document and one for the site (src/data/preview-cards.ts). In `npm run dev`
 * each is a page of this route; a build writes them itself (src/data/build-handoff.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocuments } from '../../data/documents';
import { cardPng, documentCard, findingCard, publishCards, type PreviewCard } from '../../data/preview-cards';
import { loadSiteCard } from '../../data/site-card';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  const cards = [
    await loadSiteCard(),
    ...documents.flatMap((document) => [documentCard(document), ...document.findings.map((finding) => findingCard(finding, document))]),
  ];
  // Two cards with the same words are one file.
  const unique = new Map(cards.map((card) => [card.path, card]));
  // A build works out every route's paths before it writes a page: the cards start rendering on the other cores now, while
  // the pages are made, and the build writes them once the pages are written. Made as pages of this route, they would
  // be made second of all the routes, and the build would wait for every card before it made a page.
  if (import.meta.env.PROD) {
    publishCards([...unique.values()]);
    return [];
  }
  return [...unique.values()].map((card) => ({ params: { card: card.path.split('/').at(-1)!.replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
