/**
 * The link-preview card of every finding, every document and the site
 * (src/model/preview-card.ts lays them out): what each says, its file name, and
 * its PNG, rendered with resvg. The words are drawn as DejaVu Sans glyph outlines
 * (src/data/card-font.ts), so resvg is given no font: none is parsed per card,
 * no system font is used, nothing is fetched.
 *
 * A card's file is named by a hash of its SVG, so it changes exactly when its
 * words or its layout do; rendered PNGs are kept between builds under that name
 * (src/data/card-cache.ts), so a build renders only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { dateStatement } from '../model/citation';
import type { Finding } from '../model/findings';
import { findingTitle } from '../model/labels';
import { sitePath } from '../model/paths';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardSvg, layoutCard, type CardContent } from '../model/preview-card';
import { DOCUMENT_TYPES } from '../model/vocabulary';
import { cachedCard } from './card-cache';
import { measure, typesetter } from './card-font';
import type { RecordDocument } from './documents';

export interface PreviewCard {
  /** Site-relative path of the PNG. */
  path: string;
  /** What it says: its SVG is drawn again from this when it is rendered, so a build keeps no SVG of every card in memory. */
  content: CardContent;
  /** The card's words, for og:image:alt. */
  alt: string;
  width: number;
  height: number;
}

function draw(content: CardContent) {
  const layout = layoutCard(content, measure);
  return { layout, svg: cardSvg(layout, typesetter()) };
}

function previewCard(content: CardContent): PreviewCard {
  const { layout, svg } = draw(content);
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  return { path: sitePath(`/cards/${hash}.png`), content, alt: cardAlt(content, layout), width: CARD_WIDTH, height: CARD_HEIGHT };
}

const sourceLine = ({ data }: RecordDocument) => `${data.publisher} · ${dateStatement(data.issued)}`;

/** A finding's card: its title, its words, the grade its block states, its document, publisher and date. */
export function findingCard(finding: Finding, document: RecordDocument): PreviewCard {
  const { data, labels } = document;
  const stated = data.judgements.find((j) => j.source === finding.id || j.alsoStatedIn.includes(finding.id));
  return previewCard({
    kicker: findingTitle(finding, document.findings, labels, data.judgements),
    words: finding.text,
    grade: stated?.grade,
    detail: data.shortTitle,
    source: sourceLine(document),
  });
}

/** A document's card: its kind, its title, its outcome, publisher and date. */
export function documentCard(document: RecordDocument): PreviewCard {
  const { data } = document;
  return previewCard({
    kicker: DOCUMENT_TYPES[data.documentType],
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

/** The PNG of a card: from the cache when this SVG was rendered before, otherwise rendered now and kept. */
export function cardPng(card: PreviewCard): Buffer {
  return cachedCard(card.path.split('/').at(-1)!, () => new Resvg(draw(card.content).svg, { font: { loadSystemFonts: false } }).render().asPng());
}
