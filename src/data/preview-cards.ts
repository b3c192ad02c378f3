/**
 * The link-preview card of every finding, every document and the site
 * (src/model/preview-card.ts lays them out): what each says, its file name, and
 * its PNG, rendered with resvg. The words are drawn as DejaVu Sans glyph outlines
 * (src/data/card-font.ts), so resvg is given no font: none is parsed per card,
 * no system font is used, nothing is fetched.
 *
 * A card's file is named by a hash of its SVG, so it changes exactly when its
 * words or its layout do. Rendered PNGs are kept between builds in
 * node_modules/.cache/preview-cards/ (or the folder PREVIEW_CARD_CACHE names),
 * keyed by that hash: a build renders only the cards it has not rendered before.
 * Delete the folder to start again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { dateStatement } from '../model/citation';
import type { Finding } from '../model/findings';
import { findingTitle } from '../model/labels';
import { sitePath } from '../model/paths';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardSvg, layoutCard, type CardContent } from '../model/preview-card';
import { DOCUMENT_TYPES } from '../model/vocabulary';
import { measure, typesetter } from './card-font';
import type { RecordDocument } from './documents';

/** Where rendered cards are kept between builds. */
export const CARD_CACHE = process.env.PREVIEW_CARD_CACHE || join(process.cwd(), 'node_modules/.cache/preview-cards');

export interface PreviewCard {
  /** Site-relative path of the PNG. */
  path: string;
  svg: string;
  /** The card's words, for og:image:alt. */
  alt: string;
  width: number;
  height: number;
}

export function previewCard(content: CardContent): PreviewCard {
  const layout = layoutCard(content, measure);
  const svg = cardSvg(layout, typesetter());
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
  return { path: sitePath(`/cards/${hash}.png`), svg, alt: cardAlt(content, layout), width: CARD_WIDTH, height: CARD_HEIGHT };
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
  const cached = join(CARD_CACHE, `${card.path.split('/').at(-1)}`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = new Resvg(card.svg, { font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(CARD_CACHE, { recursive: true });
  // Written under another name and renamed, so a build stopped half-way never leaves half a PNG in the cache.
  writeFileSync(`${cached}.part`, png);
  renameSync(`${cached}.part`, cached);
  return png;
}
