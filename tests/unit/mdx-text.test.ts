import { describe, expect, test } from 'vitest';
import { escapeText, unescapeText } from '../../src/model/mdx-text';

const SYNTAX_CHARACTERS = ['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '&', '~', '|', '!', '#'];

const TRICKY_STRINGS = [
  '',
  'plain words, with punctuation: (none of it syntax); 50% – “quoted” £5m',
  ...SYNTAX_CHARACTERS,
  SYNTAX_CHARACTERS.join(''),
  '{props.title}',
  '<Paragraph id="p1">inside</Paragraph>',
  '<br />',
  'A*-C grades at GCSE',
  '**bold** and _italic_ and ~~struck~~',
  '[a link](http://www.ofsted.gov.uk)',
  '<http://reports.ofsted.gov.uk/local-authorities/lancashire>',
  '&amp; &lt; &#123;',
  '# not a heading',
  '| not | a | table |',
  '![not an image](x.png)',
  '`code` and ``more code``',
  '\\',
  '\\\\',
  '\\*',
  '\\\\*',
  'ends with a backslash \\',
  '\\{\\}\\<\\>',
  'import x from "y"; export const z = 1;',
];

describe('unescapeText(escapeText(s)) is s', () => {
  test.each(TRICKY_STRINGS)('%j', (text) => {
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});

test('escapeText leaves no syntax character unescaped', () => {
  for (const text of TRICKY_STRINGS) {
    // Drop each escape pair; what remains must hold no syntax character at all.
    const bare = escapeText(text).replace(/\\[\s\S]/g, '');
    expect(bare, text).not.toMatch(/[\\`*_{}[\]<>&~|!#]/);
  }
});

test('escapeText backslash-escapes each syntax character', () => {
  expect(escapeText('{a} <b> *c*')).toBe('\\{a\\} \\<b\\> \\*c\\*');
  expect(escapeText('\\')).toBe('\\\\');
});

test('escapeText leaves ordinary text alone', () => {
  const text = "Children's services in Lancashire require improvement to be good (2018): 152 cases; 96% – “good”.";
  expect(escapeText(text)).toBe(text);
});
