/**
 * Link-preview cards: the 1200×630 image a chat or social app shows when a link
 * to a finding, a document or the site is pasted. This module lays the card
 * out and writes it as SVG; src/data/preview-cards.ts measures text with the
 * card's own font and renders the PNG. Pure: every width comes from `measure`.
 *
 * The card is read as a thumbnail (often 300–500 px wide), so it holds few
 * words in large type, near-black on white, and says what it is without colour.
 */
import { wrapWords, type Fits } from './wrap';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, top to bottom. */
export interface CardContent {
  /** What it is: "Paragraph 130", "Ofsted report", the site's name. */
  kicker: string;
  /** The main words: the finding's text, the document's title, the site's description. */
  words: string;
  /** The grade the block states ("Good"), shown as "Grade: Good". */
  grade?: string;
  /** The document it is from (a finding's card) or another line of facts. */
  detail: string;
  /** Publisher and date: "Ofsted · Published 9 March 2012". */
  source: string;
}

/** The width of `text` in pixels, set in the card's font at `size` px, bold or regular. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Draws a card's lines as SVG, then gives the definitions those drawings refer to (such as glyph outlines). */
export interface Typesetter {
  draw: (line: CardLine) => string;
  defs: () => string;
}

export interface CardLine {
  /** Which part of the card it is a line of. */
  role: 'kicker' | 'grade' | 'words' | 'detail' | 'source';
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  fill: string;
}

export interface CardLayout {
  lines: CardLine[];
  /** The grade box, where there is one. */
  badge?: { x: number; y: number; width: number; height: number; line: CardLine };
  /** Whether the main words were cut to fit. */
  cut: boolean;
}

const MARGIN = 64;
const TEXT = '#0b0c0c';
const MUTED = '#383f43';
const ACCENT = '#1d4f91';
const ELLIPSIS = '…';

/** The main words' sizes, largest first: short words are set larger; the smallest is used, cut to fit, for long ones. */
const WORD_SIZES = [60, 52, 44] as const;
/** The main words lie between the kicker and the rule above the source. */
const WORDS_TOP = 150;
const WORDS_BOTTOM = 470;
/** The leading lets a second line run under the grade box (it ends at 130) clear of it: its tallest glyphs reach 0.8 em above the baseline. */
const KICKER = { size: 34, leading: 48, maxLines: 4 } as const;
const SMALL = { size: 30 } as const;

/**
 * Words cut to at most `max` characters (the ellipsis included): at the last sentence end that
 * keeps at least half of them, otherwise at the last word boundary; never inside a word.
 * Text that fits is returned whole.
 */
export function cutWords(text: string, max: number): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  const room = clean.slice(0, max - ELLIPSIS.length + 1);
  const sentence = [...room.matchAll(/[.!?;:](?=\s)/g)].map((m) => m.index! + 1).filter((end) => end >= max / 2).at(-1);
  if (sentence !== undefined) return { text: `${clean.slice(0, sentence)} ${ELLIPSIS}`, cut: true };
  const space = room.lastIndexOf(' ');
  const words = space > 0 ? room.slice(0, space) : '';
  return { text: `${words.replace(/[\s,;:–-]+$/, '')}${ELLIPSIS}`, cut: true };
}

/**
 * The main words in at most `maxLines` lines that each `fit`: whole if they fit, otherwise the longest
 * cut (cutWords) that does, so the card never ends a line inside a word.
 */
export function fitWords(text: string, maxLines: number, fits: Fits): { lines: string[]; cut: boolean } {
  const whole = wrapWords(text.replace(/\s+/g, ' ').trim(), fits);
  if (whole.length <= maxLines) return { lines: whole, cut: false };
  // Shorten by characters until it fits: at most as many tries as the text is long, and few in practice.
  let max = whole.slice(0, maxLines).join(' ').length;
  for (;;) {
    const { text: short } = cutWords(text, max);
    const lines = wrapWords(short, fits);
    if (lines.length <= maxLines || max <= 1) return { lines: lines.slice(0, maxLines), cut: true };
    max -= Math.max(1, lines.slice(maxLines).join(' ').length);
  }
}

/** One line cut at a word boundary to fit. */
function oneLine(text: string, fits: Fits): string {
  if (fits(text, 0)) return text;
  for (let max = text.length - 1; max > 1; max--) {
    const { text: short } = cutWords(text, max);
    if (fits(short, 0)) return short;
  }
  return ELLIPSIS;
}

/** Where each line of the card goes. */
export function layoutCard(card: CardContent, measure: Measure): CardLayout {
  const width = CARD_WIDTH - 2 * MARGIN;
  const fitsAt =
    (size: number, bold: boolean, firstRoom = width): Fits =>
    (line, index) =>
      measure(line, size, bold) <= (index === 0 ? firstRoom : width);
  const lines: CardLine[] = [];
  const line = (role: CardLine['role'], text: string, y: number, size: number, bold: boolean, fill = TEXT, x = MARGIN): CardLine => ({ role, text, x, y, size, bold, fill });

  let badge: CardLayout['badge'];
  let kickerRoom = width;
  if (card.grade) {
    const text = `Grade: ${card.grade}`;
    const padding = 16;
    const boxWidth = measure(text, KICKER.size, true) + 2 * padding;
    const x = CARD_WIDTH - MARGIN - boxWidth;
    badge = { x, y: 74, width: boxWidth, height: 56, line: line('grade', text, 114, KICKER.size, true, TEXT, x + padding) };
    kickerRoom = x - MARGIN - 24;
  }
  // The kicker takes more lines rather than lose the words that tell two blocks apart ("(Services for looked after
  // children › Being healthy)"); only its first line is beside the grade box, the rest run under it, the full width.
  // The main words keep at least three lines below it.
  const kicker = fitWords(card.kicker, KICKER.maxLines, fitsAt(KICKER.size, true, kickerRoom)).lines;
  kicker.forEach((text, i) => lines.push(line('kicker', text, 114 + i * KICKER.leading, KICKER.size, true, ACCENT)));
  const top = WORDS_TOP + (kicker.length - 1) * KICKER.leading;

  const set = WORD_SIZES.map((size) => {
    const leading = Math.round(size * 1.3);
    const maxLines = Math.floor((WORDS_BOTTOM - top) / leading);
    return { size, leading, ...fitWords(card.words, maxLines, fitsAt(size, false)) };
  });
  const words = set.find((s) => !s.cut) ?? set.at(-1)!;
  words.lines.forEach((text, i) => lines.push(line('words', text, top + words.size + i * words.leading, words.size, false)));

  lines.push(line('detail', oneLine(card.detail, fitsAt(SMALL.size, true)), 540, SMALL.size, true));
  lines.push(line('source', oneLine(card.source, fitsAt(SMALL.size, false)), 584, SMALL.size, false, MUTED));
  return { lines, badge, cut: words.cut };
}

/** The card's words in reading order, for og:image:alt. */
export function cardAlt(card: CardContent, layout: CardLayout): string {
  const words = layout.lines.filter((l) => l.role === 'words').map((l) => l.text).join(' ');
  const parts = [card.kicker, card.grade && `Grade: ${card.grade}`, words, card.detail, card.source].filter((p): p is string => !!p);
  return parts.map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** The card as SVG, its lines drawn by `type` (src/data/card-font.ts draws them as glyph outlines). */
export function cardSvg(layout: CardLayout, type: Typesetter): string {
  const badge = layout.badge
    ? `<rect x="${layout.badge.x}" y="${layout.badge.y}" width="${layout.badge.width}" height="${layout.badge.height}" rx="8" fill="#ffffff" stroke="${TEXT}" stroke-width="3"/>${type.draw(layout.badge.line)}`
    : '';
  const lines = layout.lines.map(type.draw);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    type.defs(),
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="${ACCENT}"/>`,
    `<rect x="${MARGIN}" y="494" width="${CARD_WIDTH - 2 * MARGIN}" height="3" fill="${TEXT}"/>`,
    badge,
    ...lines,
    '</svg>',
  ].join('');
}
