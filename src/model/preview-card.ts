/**
 * Link-preview cards: the 1200×630 image a chat or social app shows when a link
 * to a finding, a document or the site is pasted. This module lays the card
 * out: what is drawn where, in which of its four colours; src/data/preview-cards.ts measures text with the
 * card's own font, and src/data/card-raster.ts draws the PNG. Pure: every width comes from `measure`.
 *
 * The card is read as a thumbnail (often 300–500 px wide), so it holds few
 * words in large type, near-black on white, and says what it is without colour.
 */
import { wrapWords, type Fits } from './wrap';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, top to bottom. */
export interface CardContent {
  /** Where it is from: the council and the document ("<council> · 2012 … inspection"), or the site's name. */
  kicker: string;
  /** What it is about: a finding's section ("Services for looked after children › Being healthy"), where it has one. */
  headline?: string;
  /** A grade the finding states that its words do not name the area of, shown boxed as the grade of that area. */
  grade?: { area: string; grade: string };
  /** The main words: the finding's text, the document's title, the site's description. */
  words: string;
  /** What it is within the document ("Paragraph 39"), or another line of facts. */
  detail: string;
  /** Publisher and date: "Ofsted · Published 9 March 2012". */
  source: string;
}

/** The width of `text` in pixels, set in the card's font at `size` px, bold or regular. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface CardLine {
  /** Which part of the card it is a line of. */
  role: 'kicker' | 'headline' | 'grade' | 'words' | 'detail' | 'source';
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  fill: string;
}

/** A filled rectangle, on whole pixels. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** The card's picture: a white ground (CARD_PALETTE's first colour), its rectangles, the grade's box and its lines of words, drawn in that order. */
export interface CardLayout {
  rects: CardRect[];
  /** The box around the grade's lines, where there is one: its outline, `stroke` wide, with rounded corners. */
  badge?: { x: number; y: number; width: number; height: number; radius: number; stroke: number; colour: string };
  lines: CardLine[];
  /** Whether the main words were cut to fit. */
  cut: boolean;
}

const MARGIN = 64;
const TEXT = '#0b0c0c';
const ACCENT = '#1d4f91';
const WHITE = '#ffffff';

/**
 * The colours of a card's PNG: white, the ink of its words, its blue, and the grey halfway between ink and white, for
 * the anti-aliased edges of the words. Four colours (a 2-bit palette PNG, about 13 kB a card against 22 kB with twelve
 * colours and 31 kB in full colour) keep the words smooth enough in a thumbnail at the size the platforms ask for
 * (1200 × 630): a card is sent with every page that is shared, and there is one for every page.
 */
export const CARD_PALETTE = [WHITE, TEXT, ACCENT, '#858686'] as const;
const ELLIPSIS = '…';

/** The main words' sizes, largest first: short words are set larger; the smallest is used, cut to fit, for long ones. */
const WORD_SIZES = [60, 52, 44] as const;
/** The middle of the card (headline, grade, words) lies between the kicker and the rule above the footer, centred in it. */
const MIDDLE_BOTTOM = 466;
const GAP = 22;
const KICKER = { size: 28, leading: 38, maxLines: 2, top: 72 } as const;
const HEADLINE = { size: 40, leading: 50, maxLines: 2 } as const;
const GRADE = { size: 32, leading: 42, padding: 14 } as const;
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
    (size: number, bold: boolean, room = width): Fits =>
    (line) =>
      measure(line, size, bold) <= room;
  const line = (role: CardLine['role'], text: string, y: number, size: number, bold: boolean, fill = TEXT, x = MARGIN): CardLine => ({ role, text, x, y, size, bold, fill });
  const lines: CardLine[] = [];
  // The blue band along the top, and the rule above the footer.
  const rects: CardRect[] = [
    { x: 0, y: 0, width: CARD_WIDTH, height: 16, fill: ACCENT },
    { x: MARGIN, y: 494, width: CARD_WIDTH - 2 * MARGIN, height: 3, fill: TEXT },
  ];

  const kicker = fitWords(card.kicker, KICKER.maxLines, fitsAt(KICKER.size, true)).lines;
  kicker.forEach((text, i) => lines.push(line('kicker', text, KICKER.top + i * KICKER.leading, KICKER.size, true, ACCENT)));
  const top = KICKER.top + (kicker.length - 1) * KICKER.leading + GAP + 10;

  // The middle, as blocks of lines, each measured from its top; then the words take the room left.
  const headline = card.headline ? fitWords(card.headline, HEADLINE.maxLines, fitsAt(HEADLINE.size, true)).lines : [];
  // A grade is never cut: its area's name wraps instead.
  const grade = card.grade ? wrapWords(`${card.grade.area}: ${card.grade.grade}`, fitsAt(GRADE.size, true, width - 2 * GRADE.padding)) : [];
  const headlineHeight = headline.length ? headline.length * HEADLINE.leading + GAP : 0;
  const gradeHeight = grade.length ? grade.length * GRADE.leading + 2 * GRADE.padding - 8 + GAP : 0;
  const room = MIDDLE_BOTTOM - top - headlineHeight - gradeHeight;
  // The largest size the words fit at uncut, or the smallest, cut: the smaller sizes are laid out only when needed.
  const at = (size: number) => {
    const leading = Math.round(size * 1.28);
    return { size, leading, ...fitWords(card.words, Math.max(1, Math.floor(room / leading)), fitsAt(size, false)) };
  };
  let words = at(WORD_SIZES[0]);
  for (const size of WORD_SIZES.slice(1)) if (words.cut) words = at(size);
  const wordsHeight = words.lines.length * words.leading;
  // Centred: a short finding leaves two small margins, not one empty band.
  let y = top + Math.max(0, Math.floor((room - wordsHeight) / 2));

  headline.forEach((text, i) => lines.push(line('headline', text, y + HEADLINE.size + i * HEADLINE.leading - 6, HEADLINE.size, true)));
  y += headlineHeight;
  let badge: CardLayout['badge'];
  if (grade.length) {
    const boxWidth = Math.max(...grade.map((text) => measure(text, GRADE.size, true))) + 2 * GRADE.padding;
    badge = { x: MARGIN, y, width: boxWidth, height: gradeHeight - GAP, radius: 8, stroke: 3, colour: TEXT };
    grade.forEach((text, i) => lines.push(line('grade', text, y + GRADE.padding + GRADE.size - 4 + i * GRADE.leading, GRADE.size, true, TEXT, MARGIN + GRADE.padding)));
    y += gradeHeight;
  }
  words.lines.forEach((text, i) => lines.push(line('words', text, y + words.size + i * words.leading - Math.round(words.size * 0.2), words.size, false)));

  lines.push(line('detail', oneLine(card.detail, fitsAt(SMALL.size, true)), 540, SMALL.size, true));
  lines.push(line('source', oneLine(card.source, fitsAt(SMALL.size, false)), 584, SMALL.size, false));
  return { rects, badge, lines, cut: words.cut };
}

/** The card's words in reading order, for og:image:alt. */
export function cardAlt(card: CardContent, layout: CardLayout): string {
  const words = layout.lines.filter((l) => l.role === 'words').map((l) => l.text).join(' ');
  const grade = card.grade && `${card.grade.area}: ${card.grade.grade}`;
  const parts = [card.kicker, card.headline, grade, words, card.detail, card.source].filter((p): p is string => !!p);
  return parts.map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** The longest headline a card takes from a section's last two headings before it keeps only the last. */
const HEADLINE_CHARS = 84;

/**
 * What a finding is about, from its section ("A › B › C"): its last two headings, or the last where two
 * are long; the document's own title (a letter's subject line heads all of it) says nothing, and nor does
 * no heading at all, so those have none and the finding's words lead.
 */
export function cardHeadline(section: string, documentTitle: string): string | undefined {
  const squash = (s: string) => s.replace(/[\s:]+$/, '').trim();
  const headings = section.split(' › ').map(squash).filter((h) => h && h.toLowerCase() !== squash(documentTitle).toLowerCase());
  const two = headings.slice(-2).join(' › ');
  return two.length <= HEADLINE_CHARS ? two || undefined : headings.at(-1);
}
