/** The link-preview card's layout (src/model/preview-card.ts), measured with a fixed-width stand-in font. */
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardSvg, cutWords, fitWords, layoutCard, type CardContent, type Measure } from '../../src/model/preview-card';
import { wrapWords } from '../../src/model/wrap';

/** Every character half as wide as the type is high; bold a tenth wider. */
const measure: Measure = (text, size, bold) => text.length * size * 0.5 * (bold ? 1.1 : 1);
const fitsIn = (chars: number) => (line: string) => line.length <= chars;

const words = (text: string) => text.replace(/…$/, '').split(/\s+/).filter(Boolean);

describe('cutWords', () => {
  it('returns text that fits whole', () => {
    expect(cutWords('  Short   text. ', 40)).toEqual({ text: 'Short text.', cut: false });
  });

  it('cuts at the last sentence end that keeps at least half', () => {
    expect(cutWords('First sentence here. Second sentence is longer than the room.', 40)).toEqual({ text: 'First sentence here. …', cut: true });
  });

  it('otherwise cuts at a word boundary, never inside a word', () => {
    const text = 'Performance management and quality assurance arrangements are robust';
    for (let max = 5; max < text.length; max++) {
      const { text: cut } = cutWords(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      for (const word of words(cut)) expect(text.split(' '), `max ${max}: "${cut}"`).toContain(word);
    }
    expect(cutWords('Social care workers, managers and partners', 27).text).toBe('Social care workers…');
  });
});

describe('wrapWords and fitWords', () => {
  it('break lines between words only', () => {
    expect(wrapWords('one two three four five', fitsIn(9))).toEqual(['one two', 'three', 'four five']);
    expect(wrapWords('unbreakableword x', fitsIn(5))).toEqual(['unbreakableword', 'x']);
  });

  it('keep all the words when they fit in the lines, and cut at a word otherwise', () => {
    expect(fitWords('one two three', 2, fitsIn(9))).toEqual({ lines: ['one two', 'three'], cut: false });
    const long = 'The quality of provision overall in services for looked after children and young people is good and improving';
    const fitted = fitWords(long, 3, fitsIn(24));
    expect(fitted.cut).toBe(true);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.lines.every((l) => l.length <= 24)).toBe(true);
    expect(fitted.lines.join(' ').endsWith('…')).toBe(true);
    expect(long.startsWith(fitted.lines.join(' ').replace(/…$/, ''))).toBe(true);
  });
});

const finding: CardContent = {
  kicker: 'Paragraph 130',
  words: 'The Young People’s Service and social care workers provide effective support. '.repeat(6).trim(),
  grade: 'Good',
  detail: '2012 safeguarding and looked after children inspection',
  source: 'Ofsted · Published 9 March 2012',
};

describe('layoutCard', () => {
  it('keeps every line inside the card, the words within the margins', () => {
    const layout = layoutCard(finding, measure);
    for (const line of [...layout.lines, layout.badge!.line]) {
      expect(line.x).toBeGreaterThanOrEqual(64);
      expect(line.x + measure(line.text, line.size, line.bold)).toBeLessThanOrEqual(CARD_WIDTH - 64);
      expect(line.y).toBeLessThan(CARD_HEIGHT);
    }
    expect(layout.cut).toBe(true);
    expect(layout.lines.map((l) => l.size).every((size) => size >= 30)).toBe(true);
  });

  it('sets short words larger than long ones, and shows the grade as words in a box', () => {
    const short = layoutCard({ ...finding, words: 'Partnership working: Good' }, measure);
    const long = layoutCard(finding, measure);
    expect(short.lines[1]!.size).toBeGreaterThan(long.lines[1]!.size);
    expect(short.cut).toBe(false);
    expect(short.badge?.line.text).toBe('Grade: Good');
    expect(layoutCard({ ...finding, grade: undefined }, measure).badge).toBeUndefined();
  });

  it('runs a long heading under the grade box on its second line, the full width, rather than cut it', () => {
    const kicker = 'Record of main findings, row “Being healthy” (Services for looked after children)';
    const layout = layoutCard({ ...finding, kicker }, measure);
    const lines = layout.lines.filter((l) => l.role === 'kicker');
    expect(lines.map((l) => l.text).join(' ')).toBe(kicker);
    expect(lines[0]!.x + measure(lines[0]!.text, lines[0]!.size, true)).toBeLessThan(layout.badge!.x);
    expect(measure(lines[1]!.text, lines[1]!.size, true)).toBeGreaterThan(layout.badge!.x - 64);
    // Its tallest glyphs (brackets, accented capitals) reach 0.8 em above the baseline.
    expect(lines[1]!.y - 0.8 * lines[1]!.size).toBeGreaterThan(layout.badge!.y + layout.badge!.height);
  });

  it('says in its alt text what the card shows', () => {
    const layout = layoutCard({ ...finding, words: 'Partnership working: Good' }, measure);
    expect(cardAlt(finding, layout)).toBe(
      'Paragraph 130. Grade: Good. Partnership working: Good. 2012 safeguarding and looked after children inspection. Ofsted · Published 9 March 2012.',
    );
  });

  it('writes SVG of the card’s size, every line drawn by the typesetter after the definitions it asks for', () => {
    const drawn: string[] = [];
    const layout = layoutCard(finding, measure);
    const svg = cardSvg(layout, {
      draw: (line) => {
        drawn.push(line.text);
        return `<g data-line="${drawn.length}"/>`;
      },
      defs: () => `<defs data-lines="${drawn.length}"/>`,
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(drawn).toEqual([layout.badge!.line, ...layout.lines].map((l) => l.text));
    expect(svg).toContain(`<defs data-lines="${drawn.length}"/>`);
    expect(svg.indexOf('<defs')).toBeLessThan(svg.indexOf('<g data-line'));
  });
});
