/** The link-preview card's layout (src/model/preview-card.ts), measured with a fixed-width stand-in font. */
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_PALETTE, CARD_WIDTH, cardAlt, cardHeadline, cutWords, fitWords, layoutCard, type CardContent, type Measure } from '../../src/model/preview-card';
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
  kicker: 'Lancashire · 2012 safeguarding and looked after children inspection',
  headline: 'Services for looked after children › Being healthy',
  words: 'The Young People’s Service and social care workers provide effective support. '.repeat(6).trim(),
  grade: { area: 'Being healthy', grade: 'Good' },
  detail: 'Paragraph 130',
  source: 'Ofsted · Published 9 March 2012',
};
const role = (layout: ReturnType<typeof layoutCard>, name: string) => layout.lines.filter((l) => l.role === name);
/** The ink's top and bottom: the tallest glyphs reach 0.8 em above the baseline, descenders 0.25 em below. */
const extent = (lines: { y: number; size: number }[]) => [Math.min(...lines.map((l) => l.y - 0.8 * l.size)), Math.max(...lines.map((l) => l.y + 0.25 * l.size))] as const;

describe('layoutCard', () => {
  it('keeps every line inside the card, the words within the margins, the middle between the kicker and the rule', () => {
    const layout = layoutCard(finding, measure);
    for (const line of layout.lines) {
      expect(line.x).toBeGreaterThanOrEqual(64);
      expect(line.x + measure(line.text, line.size, line.bold)).toBeLessThanOrEqual(CARD_WIDTH - 64);
      expect(line.y).toBeLessThan(CARD_HEIGHT);
      // The card is drawn with its baselines on whole pixels (src/data/card-raster.ts).
      expect(Number.isInteger(line.y), `${line.role} at ${line.y}`).toBe(true);
    }
    const [, kickerBottom] = extent(role(layout, 'kicker'));
    const [middleTop, middleBottom] = extent([...role(layout, 'headline'), ...role(layout, 'words')]);
    expect(middleTop).toBeGreaterThan(kickerBottom);
    expect(middleBottom).toBeLessThan(494); // the rule above the footer
    expect(layout.cut).toBe(true);
    expect(layout.lines.map((l) => l.size).every((size) => size >= 28)).toBe(true);
  });

  it('names the council and document first, then what the finding is about, then its words; where it is in the footer', () => {
    const layout = layoutCard(finding, measure);
    const order = [...new Set([...layout.lines].sort((a, b) => a.y - b.y).map((l) => l.role))];
    expect(order).toEqual(['kicker', 'headline', 'grade', 'words', 'detail', 'source']);
    expect(role(layout, 'kicker').map((l) => l.text).join(' ')).toBe(finding.kicker);
  });

  it('shows a grade as the grade of its named area, in a box around its lines, never cut', () => {
    const layout = layoutCard(finding, measure);
    expect(role(layout, 'grade').map((l) => l.text)).toEqual(['Being healthy: Good']);
    const [top, bottom] = extent(role(layout, 'grade'));
    expect(layout.badge!.y).toBeLessThan(top);
    expect(layout.badge!.y + layout.badge!.height).toBeGreaterThan(bottom);
    const long = layoutCard({ ...finding, grade: { area: 'Making a positive contribution, including user engagement and the views of children', grade: 'Outstanding' } }, measure);
    expect(role(long, 'grade').map((l) => l.text).join(' ')).toMatch(/views of children: Outstanding$/);
    expect(layoutCard({ ...finding, grade: undefined }, measure).badge).toBeUndefined();
  });

  it('sets short words larger than long ones, and centres them: no empty band above the footer', () => {
    const short = layoutCard({ ...finding, grade: undefined, words: 'Partnership working: Good' }, measure);
    const long = layoutCard(finding, measure);
    expect(role(short, 'words')[0]!.size).toBeGreaterThan(role(long, 'words')[0]!.size);
    expect(short.cut).toBe(false);
    const [, kickerBottom] = extent(role(short, 'kicker'));
    const [top, bottom] = extent([...role(short, 'headline'), ...role(short, 'words')]);
    // The space above the middle and the space below it differ by less than a line of the words.
    expect(Math.abs(top - kickerBottom - (494 - bottom))).toBeLessThan(role(short, 'words')[0]!.size * 1.5);
  });

  it('says in its alt text what the card shows', () => {
    const content = { ...finding, words: 'Children say they feel safe.' };
    expect(cardAlt(content, layoutCard(content, measure))).toBe(
      'Lancashire · 2012 safeguarding and looked after children inspection. Services for looked after children › Being healthy. Being healthy: Good. Children say they feel safe. Paragraph 130. Ofsted · Published 9 March 2012.',
    );
  });

  it('draws a blue band along the top and a rule above the footer, on whole pixels in the card’s colours', () => {
    const { rects } = layoutCard(finding, measure);
    expect(rects.map(({ y, height }) => [y, height])).toEqual([[0, 16], [494, 3]]);
    for (const rect of rects) {
      expect([rect.x, rect.y, rect.width, rect.height].every(Number.isInteger)).toBe(true);
      expect(rect.x + rect.width).toBeLessThanOrEqual(CARD_WIDTH);
      expect(CARD_PALETTE).toContain(rect.fill);
    }
  });
});

describe('cardHeadline', () => {
  const title = 'Ofsted inspection of services for children in need of help and protection';
  it('is the last two headings of the section, or the last where two are long', () => {
    expect(cardHeadline('Services for looked after children › Areas for improvement › Within six months:', title)).toBe('Areas for improvement › Within six months');
    expect(cardHeadline('Quality of provision', title)).toBe('Quality of provision');
    expect(cardHeadline('Services for looked after children › How good are outcomes for looked after children and care leavers? › Being healthy', title)).toBe(
      'How good are outcomes for looked after children and care leavers? › Being healthy',
    );
    expect(cardHeadline(`Services › ${'A very long heading that goes on '.repeat(3)}› Being healthy`, title)).toBe('Being healthy');
  });

  it('is none where the section is the document’s own title or there is no heading', () => {
    expect(cardHeadline(title, title)).toBeUndefined();
    expect(cardHeadline('', title)).toBeUndefined();
    expect(cardHeadline(`${title} › Strengths`, title)).toBe('Strengths');
  });
});
