/**
 * The link-preview card of every finding, every document and the site
 * (src/model/preview-card.ts lays them out): what each says, its file name, and
 * its PNG, drawn as a palette PNG of its own four colours on every core (src/data/card-pool.ts,
 * src/data/card-raster.ts). The words are DejaVu Sans (src/data/card-font.ts): no system font is
 * used, nothing is fetched.
 *
 * A card's file is named by a hash of its layout and of what draws it (the code, the font, its colours), so it
 * changes exactly when its picture may; rendered PNGs are kept between builds under that name
 * (src/data/card-cache.ts), so a build renders only the cards that changed. A build writes the cards
 * itself (publishCards); `npm run dev` serves each from its route as it is asked for (cardPng).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateStatement } from '../model/citation';
import type { Finding } from '../model/findings';
import { findingTitle, upperFirst } from '../model/labels';
import { sitePath } from '../model/paths';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, cardAlt, cardHeadline, layoutCard, type CardContent, type CardLayout } from '../model/preview-card';
import { DOCUMENT_TYPES } from '../model/vocabulary';
import { buildMemo } from './build-memo';
import { cacheCard, cachedCard } from './card-cache';
import { handOver } from './build-handoff';
import { CardPool } from './card-pool';
import { measure } from './card-font';
import type { RecordDocument } from './record';

export interface PreviewCard {
  /** Site-relative path of the PNG. */
  path: string;
  /** What it shows where: what its name is made from, and what it is drawn from. */
  layout: CardLayout;
  /** The card's words, for og:image:alt. */
  alt: string;
  width: number;
  height: number;
}

/** What draws a card from its layout: the card workers' code, the font and the resvg that draws its glyphs. */
const DRAWN_BY = [
  'src/data/card-worker.ts',
  'src/data/card-raster.ts',
  'src/data/card-font.ts',
  'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  'node_modules/@resvg/resvg-js/package.json',
];

/**
 * What every card's name holds besides its layout: a digest of what draws it, its size and colours, so a change to any
 * of them renders every card anew rather than reuse the cache's.
 */
let drawing: string | undefined;
const drawnBy = () =>
  (drawing ??= DRAWN_BY.reduce((hash, file) => hash.update(readFileSync(join(process.cwd(), file))), createHash('sha256'))
    .update(`${CARD_WIDTH}×${CARD_HEIGHT} ${CARD_PALETTE.join(' ')}`)
    .digest('hex'));

/**
 * The cards laid out by the last build, by what each says (./build-memo.ts): a build names every card, and laying one
 * out is most of the cost of naming it. In a build only; the site's path (its base) is part of what a card is made from.
 */
const laidOut = buildMemo<PreviewCard>('preview-cards', import.meta.env.PROD);

function previewCard(content: CardContent): PreviewCard {
  return laidOut.get([content, drawnBy(), sitePath('/')], () => {
    const layout = layoutCard(content, measure);
    const hash = createHash('sha256').update(`${JSON.stringify(layout)}\n${drawnBy()}`).digest('hex').slice(0, 16);
    return { path: sitePath(`/cards/${hash}.png`), layout, alt: cardAlt(content, layout), width: CARD_WIDTH, height: CARD_HEIGHT };
  });
}

const sourceLine = ({ data }: RecordDocument) => `${data.publisher} · ${dateStatement(data.issued)}`;

/** Where a card or a link preview says a document is from: "<council> · 2012 safeguarding and looked after children inspection". */
export const documentKicker = ({ data }: RecordDocument, what = data.shortTitle) => `${data.council.name} · ${what}`;

/**
 * A finding's card: its council and document, what it is about, a grade it states (boxed, with its area, unless
 * its words name both), its words, where it is in the document, the publisher and date.
 */
export function findingCard(finding: Finding, document: RecordDocument): PreviewCard {
  const cards = findingCards.get(document) ?? findingCards.set(document, new Map()).get(document)!;
  const known = cards.get(finding.id);
  if (known) return known;
  const card = makeFindingCard(finding, document);
  cards.set(finding.id, card);
  return card;
}

/**
 * The cards of each document's findings, by finding id, made once a build: the cards' route and each finding's page
 * both ask for a finding's card, and laying one out (to name it by its layout) is most of the cost of asking.
 */
const findingCards = new WeakMap<RecordDocument, Map<string, PreviewCard>>();

function makeFindingCard(finding: Finding, document: RecordDocument): PreviewCard {
  const { data, labels } = document;
  const stated = data.judgements.find((j) => j.source === finding.id || j.alsoStatedIn.includes(finding.id));
  const text = finding.text.toLowerCase();
  // Grades are words ("Adequate" is not said by "inadequate"); areas are phrases.
  const namesBoth = stated && text.includes(stated.area.toLowerCase()) && new RegExp(`\\b${stated.grade.toLowerCase()}\\b`).test(text);
  return previewCard({
    kicker: documentKicker(document),
    // A finding that states a grade is about its group ("Services for looked after children"), where the document has groups.
    headline: stated?.group ?? cardHeadline(finding.section, data.title),
    grade: stated && !namesBoth ? { area: stated.area, grade: stated.grade } : undefined,
    words: finding.text,
    // Its label, told apart from another block's of the same label by what it grades.
    detail: upperFirst(findingTitle(finding, document.findings, labels, data.judgements)),
    source: sourceLine(document),
  });
}

/** A document's card: its council and kind, its title, its outcome, publisher and date. */
export function documentCard(document: RecordDocument): PreviewCard {
  const { data } = document;
  return previewCard({
    kicker: documentKicker(document, DOCUMENT_TYPES[data.documentType]),
    words: data.title,
    detail: `Outcome: ${data.outcome.text}`,
    source: sourceLine(document),
  });
}

/** The site's card, for every other page: its name, what it holds, and whose documents. */
export function siteCard(name: string, description: string, documents: RecordDocument[]): PreviewCard {
  const years = [...new Set(documents.map((d) => d.year))].sort();
  const publishers = [...new Set(documents.map((d) => d.data.publisher))];
  return previewCard({
    kicker: name,
    words: description,
    detail: `${documents.length} documents: ${years.join(', ')}`,
    source: `Documents by ${publishers.join(' and ')}`,
  });
}

/** One renderer thread per core, started when the first card needs rendering. */
let pool: CardPool | undefined;

const cardName = (card: PreviewCard) => card.path.split('/').at(-1)!;
const render = (card: PreviewCard) => (file: string) => (pool ??= new CardPool()).render({ layout: card.layout, width: CARD_WIDTH, height: CARD_HEIGHT, palette: CARD_PALETTE, file });

/**
 * A build's cards: starts rendering, on every core, those the cache does not hold, and leaves them all for the card
 * step (./build-handoff.ts), which copies them into dist/cards/ once the pages are written.
 */
export function publishCards(cards: readonly PreviewCard[]): void {
  let rendered = 0;
  const counted = (card: PreviewCard) => (file: string) => (rendered++, render(card)(file));
  const ready = Promise.all(cards.map((card) => cacheCard(cardName(card), counted(card)))).then(() => rendered);
  // A failed card is reported by the card step, which waits for them all.
  ready.catch(() => {});
  handOver('cards', { names: cards.map(cardName), ready });
  laidOut.save();
}

/** The PNG of a card, in dev: from the cache when this card was rendered before, otherwise rendered now and kept. */
export function cardPng(card: PreviewCard): Promise<Buffer> {
  return cachedCard(cardName(card), render(card));
}
