import { describe, expect, test } from 'vitest';
import { line, type Line } from '../../scripts/import/lines';
import {
  applyReplacements,
  joinSplitParagraphs,
  moveDisplacedNumbers,
  removeHtmlDebris,
  removeSignatureImage,
  restoreLostBullets,
  splitHeadingGrades,
  type Replacement,
} from '../../scripts/import/repair';

const lines = (...texts: string[]): Line[] => texts.map((t) => line(t));
const texts = (ls: Line[]) => ls.map((l) => l.text);
const kinds = (ls: Line[]) => ls.map((l) => l.notes.map((n) => n.kind));

describe('joinSplitParagraphs', () => {
  test('joins a lower-case continuation after a blank line, noting where the break was', () => {
    const out = joinSplitParagraphs(lines('- 8. The local authority', '', 'utilises the virtual school approach.', '', '- 9. Next.'));
    expect(texts(out)).toEqual(['- 8. The local authority utilises the virtual school approach.', '', '- 9. Next.']);
    expect(out[0]!.notes).toEqual([
      { kind: 'split-paragraph', detail: 'A page or line break split this text after “8. The local authority”; the parts are rejoined.' },
    ]);
  });

  test('joins a word broken at a hyphen without a space', () => {
    const out = joinSplitParagraphs(lines('resources have been re-', '', 'invested in the service.'));
    expect(texts(out)).toEqual(['resources have been re-invested in the service.']);
  });

  test('does not join a line that follows a colon', () => {
    const input = lines('The evidence included:', '', 'discussions with 87 children');
    expect(texts(joinSplitParagraphs(input))).toEqual(texts(input));
  });

  test('does not join a roman-numbered list item', () => {
    const input = lines('i. The first recommendation.', '', 'ii. the second recommendation.');
    expect(texts(joinSplitParagraphs(input))).toEqual(texts(input));
  });

  test('does not join a bullet', () => {
    const input = lines('Strengths are', '- good supervision');
    expect(texts(joinSplitParagraphs(input))).toEqual(texts(input));
  });

  test('does not join a line that starts with a capital', () => {
    const input = lines('The first paragraph ends here', '', 'The next one starts here.');
    expect(texts(joinSplitParagraphs(input))).toEqual(texts(input));
  });

  test('joins after a break named in `after`, though the continuation starts with a capital', () => {
    const input = lines('monitored by a Post Inspection', '', 'Improvement Board with an independent chairperson.', '', 'Another paragraph.');
    expect(texts(joinSplitParagraphs(input, ['by a Post Inspection']))).toEqual([
      'monitored by a Post Inspection Improvement Board with an independent chairperson.',
      '',
      'Another paragraph.',
    ]);
  });

  test('keeps the notes of both parts', () => {
    const out = joinSplitParagraphs([
      line('first part', [{ kind: 'run-together', detail: 'a' }]),
      line('second part', [{ kind: 'layout', detail: 'b' }]),
    ]);
    expect(kinds(out)).toEqual([['run-together', 'layout', 'split-paragraph']]);
  });
});

describe('moveDisplacedNumbers', () => {
  test('moves a number displaced into the text back to the start of its paragraph', () => {
    const out = moveDisplacedNumbers(lines('- 29. The previous paragraph.', '', '- The needs of children 30. are identified'));
    expect(texts(out)).toEqual(['- 29. The previous paragraph.', '', '- 30. The needs of children are identified']);
    expect(out[2]!.notes).toEqual([
      {
        kind: 'displaced-number',
        detail:
          'The paragraph number 30 had been displaced into the text (“- The needs of children 30. are ide”); it is moved back to the start of the paragraph.',
      },
    ]);
  });

  test('moves only the next number in sequence', () => {
    const input = lines('- 29. The previous paragraph.', '- Of the children 31. were placed');
    expect(texts(moveDisplacedNumbers(input))).toEqual(texts(input));
  });

  test('leaves alone paragraphs that start with their number', () => {
    const input = lines('- 1. One.', '2. Two, with 3. in it.', '- 3. Three.');
    expect(moveDisplacedNumbers(input)).toEqual(input);
  });
});

describe('removeHtmlDebris', () => {
  test('splits a list element whose bullets ran into one line into bullet lines', () => {
    const out = removeHtmlDebris(lines('<ul style="list-style-type: none"> ▪ A ▪ B'));
    expect(texts(out)).toEqual(['- A', '- B']);
    expect(kinds(out)).toEqual([['html-debris'], []]);
    expect(out[0]!.notes[0]!.detail).toBe(
      'The conversion left web-page list code (“<ul style="list-style-type: none">”) and ran 2 bullets into one line; the code was removed and each bullet set on its own line.',
    );
  });

  test('removes angle brackets around a web address', () => {
    const out = removeHtmlDebris(lines('<http://x.y/z>.'));
    expect(texts(out)).toEqual(['http://x.y/z.']);
    expect(out[0]!.notes).toEqual([
      { kind: 'html-debris', detail: 'Angle brackets left around the web address http://x.y/z by the conversion were removed.' },
    ]);
  });

  test('leaves other angle brackets alone', () => {
    const input = lines('children aged <5 and >11', 'a <b>bold</b> claim');
    expect(removeHtmlDebris(input)).toEqual(input);
  });
});

describe('removeSignatureImage', () => {
  const description = 'A handwritten signature in black ink.';

  test('removes the description and notes it on the next line', () => {
    const out = removeSignatureImage(lines('Yours sincerely', '', description, '', 'Jo Turton'), description);
    expect(texts(out)).toEqual(['Yours sincerely', '', '', 'Jo Turton']);
    expect(kinds(out)).toEqual([[], [], [], ['signature-image']]);
    expect(out[3]!.notes[0]!.detail).toBe(
      'The converted text described the signature image (“A handwritten signature in black ink.”); the description was removed.',
    );
  });

  test('does nothing when the profile names no signature image', () => {
    const input = lines('Yours sincerely', 'Jo Turton');
    expect(removeSignatureImage(input, undefined)).toBe(input);
  });

  test('throws when the description is not in the text', () => {
    expect(() => removeSignatureImage(lines('Yours sincerely'), description)).toThrow(
      `signature image description not found: ${description}`,
    );
  });
});

describe('splitHeadingGrades', () => {
  test('sets a grade run into a known heading on its own line', () => {
    const out = splitHeadingGrades(lines('Being healthy Grade 3 (Adequate)', '- 98. The health'), ['Being healthy']);
    expect(texts(out)).toEqual(['Being healthy', 'Grade 3 (Adequate)', '- 98. The health']);
    expect(kinds(out)).toEqual([[], ['heading-grade'], []]);
  });

  test('leaves a line alone unless its start is a known heading', () => {
    const input = lines('The service was judged Grade 2 (Good)');
    expect(splitHeadingGrades(input, ['Being healthy'])).toEqual(input);
  });
});

describe('restoreLostBullets', () => {
  test('restores the marker of a bullet named by its start, and only that', () => {
    const out = restoreLostBullets(lines('  review the existing service', '- review the existing service', 'other'), ['review the existing']);
    expect(texts(out)).toEqual(['- review the existing service', '- review the existing service', 'other']);
    expect(kinds(out)).toEqual([['lost-bullet'], [], []]);
  });
});

describe('applyReplacements', () => {
  const fix: Replacement = { find: 'young per\tople', replace: 'young people', kind: 'split-table-cell', detail: 'rejoined' };

  test('replaces a string that matches exactly one line, with a note', () => {
    const input = lines('Safeguarding outcomes for children and young per\tople', 'other');
    const out = applyReplacements(input, [fix]);
    expect(texts(out)).toEqual(['Safeguarding outcomes for children and young people', 'other']);
    expect(out[0]!.notes).toEqual([{ kind: 'split-table-cell', detail: 'rejoined' }]);
  });

  test('does not change the lines it is given', () => {
    const input = lines('young per\tople');
    applyReplacements(input, [fix]);
    expect(input).toEqual(lines('young per\tople'));
  });

  test('throws when the string matches no line', () => {
    expect(() => applyReplacements(lines('young people'), [fix])).toThrow('replacement "young per\\tople" matched 0 lines, not 1');
  });

  test('throws when the string matches two lines', () => {
    expect(() => applyReplacements(lines('young per\tople', 'young per\tople'), [fix])).toThrow(
      'replacement "young per\\tople" matched 2 lines, not 1',
    );
  });
});
