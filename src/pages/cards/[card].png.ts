/**
 * The link-preview cards as PNG files, /cards/<hash>.png: one per finding, one
 * per document and one for the site (src/data/preview-cards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDocuments } from '../../data/documents';
import { cardPng, documentCard, findingCard, type PreviewCard } from '../../data/preview-cards';
import { loadSiteCard } from '../../data/site-card';

export const getStaticPaths = (async () => {
  const documents = await loadDocuments();
  const cards = [
    await loadSiteCard(),
    ...documents.flatMap((document) => [documentCard(document), ...document.findings.map((finding) => findingCard(finding, document))]),
  ];
  // Two cards with the same words are one file.
  const unique = new Map(cards.map((card) => [card.path, card]));
  return [...unique.values()].map((card) => ({ params: { card: card.path.split('/').at(-1)!.replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = ({ props }) =>
  new Response(new Uint8Array(cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
