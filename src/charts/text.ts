/**
 * Chart text, sized for a phone: every chart is drawn at its own size (never scaled down on a screen
 * 320 px wide or wider), so a label set at CHART_FONT units is drawn at least CHART_FONT CSS px.
 * Widths are estimated from the character count, generously (DejaVu Sans, the widest of the
 * fonts a reader is likely to have, averages about 0.6 em a character, 0.66 em in bold).
 */
import { wrapWords } from '../model/wrap';

export const CHART_FONT = 12;
/** Baseline to baseline, for text of CHART_FONT. */
export const CHART_LINE = 15;

/** Every chart is laid out at two widths (the page's CSS shows one): the page column on a wide screen... */
export const CHART_WIDTH = 640;
/** ...and a 320 px phone's, less the page's 16 px margins. */
export const CHART_PHONE_WIDTH = 288;
/** Text a little larger where there is room; on a phone, CHART_FONT, never less. */
export const chartFont = (width: number) => (width > CHART_PHONE_WIDTH ? 13 : CHART_FONT);

/** Roughly how wide a line of text is drawn, in units. */
export const textWidth = (text: string, size = CHART_FONT, bold = false) => text.length * size * (bold ? 0.66 : 0.6);

/** How many characters fit in `width` units. */
export const charsIn = (width: number, size = CHART_FONT, bold = false) => Math.max(1, Math.floor(width / (size * (bold ? 0.66 : 0.6))));

/** Splits a label into lines of at most `max` characters, at spaces (a longer word keeps a line of its own). */
export const wrap = (text: string, max: number): string[] => wrapWords(text, (line) => line.length <= max);
