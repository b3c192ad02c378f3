import { describe, expect, test } from 'vitest';
import { escapeText, unescapeText, WEB_ADDRESS } from '../../src/model/mdx-text';

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
  'https://reports.ofsted.gov.uk/documents/local_authority_reports/071_Lancashire%20report.pdf',
  'see http://a.example/x_y*z~1!2&3#4|5, and http://b.example/_em_. Then *this*',
  'http://a.example/{x}<y>[z]`w`\\v_',
  '\\http://a.example/_b',
];

describe('unescapeText(escapeText(s)) is s', () => {
  test.each(TRICKY_STRINGS)('%j', (text) => {
    expect(unescapeText(escapeText(text))).toBe(text);
  });
});

test('escapeText leaves no syntax character unescaped', () => {
  for (const text of TRICKY_STRINGS) {
    // Drop each escape pair and each web address (which Markdown takes whole): what remains must hold no syntax character at all.
    const bare = escapeText(text).replace(/\\[\s\S]/g, '').replace(WEB_ADDRESS, '');
    expect(bare, text).not.toMatch(/[\\`*_{}[\]<>&~|!#]/);
  }
});

test('escapeText backslash-escapes each syntax character', () => {
  expect(escapeText('{a} <b> *c*')).toBe('\\{a\\} \\<b\\> \\*c\\*');
  expect(escapeText('\\')).toBe('\\\\');
});

test('escapeText leaves a web address as it is, so that its link and its words are the address', () => {
  const address = 'https://reports.ofsted.gov.uk/sites/default/files/documents/local_authority_reports/lancashire/071_Lancashire_Single%20inspection.pdf';
  expect(escapeText(`The full report is available at: ${address}`)).toBe(`The full report is available at: ${address}`);
  expect(escapeText('http://a.example/_b_. _c_')).toBe('http://a.example/_b\\_. \\_c\\_');
});

test('escapeText leaves ordinary text alone', () => {
  const text = "Children's services in Lancashire require improvement to be good (2018): 152 cases; 96% – “good”.";
  expect(escapeText(text)).toBe(text);
});
