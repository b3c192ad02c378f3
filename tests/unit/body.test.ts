import { describe, expect, test } from 'vitest';
import { BodyFormatError, identifiedBlocks, parseBody, serializeBody, type Block } from '../../src/model/body';
import { ENTRY_IDS, readEntry } from '../support/entries';

/** Every character MDX or Markdown could read as syntax, and a few that look like markup. */
const TRICKY = 'a { b } <c> * _d_ [e](f) & ~g~ | h! #i \\ `j` ``k`` </Paragraph> <br /> &amp; \\* 50% “£5m”';

const roundTrip = (blocks: Block[]) => parseBody(serializeBody(blocks));

describe('each kind of block survives serializeBody then parseBody unchanged, tricky characters included', () => {
  test.each<[string, Block]>([
    ['heading', { type: 'heading', level: 3, id: 'being-healthy', text: `Being healthy ${TRICKY}` }],
    ['numbered paragraph', { type: 'paragraph', id: 'p15', number: '15', text: `The overall effectiveness ${TRICKY}` }],
    ['roman-numbered paragraph', { type: 'paragraph', id: 'p3', number: 'ii', text: TRICKY }],
    ['unnumbered paragraph', { type: 'paragraph', id: 'p1', text: TRICKY }],
    ['text', { type: 'text', id: 'address', lines: ['Ms Helen Denton', TRICKY, '', 'PR1 8RJ'] }],
    ['grade', { type: 'grade', id: 'being-healthy-grade', text: `Grade 3 (Adequate) ${TRICKY}` }],
    ['list', { type: 'list', points: [{ id: 'p2-1', text: TRICKY }, { id: 'p2-2', text: 'a review of 84 case files' }] }],
    ['contents', { type: 'contents', id: 'contents-list', entries: [{ target: 'overall-effectiveness', text: TRICKY }] }],
    [
      'table with caption, head, groups and nested rows',
      {
        type: 'table',
        id: 'judgements',
        caption: `Children's services ${TRICKY}`,
        head: ['Judgement', `Grade ${TRICKY}`],
        bodies: [
          [
            { type: 'group', id: 'judgements-safeguarding', sub: false, text: `Safeguarding services ${TRICKY}` },
            { type: 'group', id: 'judgements-safeguarding-outcomes', sub: true, text: 'Outcomes' },
            { type: 'row', id: 'judgements-1', depth: 1, header: `1. Help ${TRICKY}`, cells: [TRICKY] },
            { type: 'row', id: 'judgements-1-1', depth: 2, header: '1.1 Adoption', cells: ['Good', '', TRICKY] },
          ],
          [{ type: 'row', id: 'judgements-2', depth: 1, header: 'Empty row', cells: [] }],
        ],
      },
    ],
    ['table without caption, head or rows', { type: 'table', id: 'bare', bodies: [] }],
  ])('%s', (_, block) => {
    expect(roundTrip([block])).toEqual([block]);
  });
});

test('a body of every kind of block survives the round trip, in order', () => {
  const blocks: Block[] = [
    { type: 'text', id: 'cover', lines: ['Inspection <of> {services}'] },
    { type: 'heading', level: 2, id: 'contents', text: 'Contents' },
    { type: 'contents', id: 'contents-list', entries: [{ target: 'about', text: 'About *this*' }] },
    { type: 'heading', level: 2, id: 'about', text: 'About *this*' },
    { type: 'grade', id: 'about-grade', text: 'Grade 2 (Good)' },
    { type: 'paragraph', id: 'p1', number: '1', text: 'The evidence included:' },
    { type: 'list', points: [{ id: 'p1-1', text: '87 children & young people' }] },
    { type: 'table', id: 't', head: ['A', 'B'], bodies: [[{ type: 'row', id: 't-x', depth: 1, header: 'x', cells: ['y'] }]] },
    { type: 'paragraph', id: 'p2', number: '2', text: 'Last_words_' },
  ];
  expect(roundTrip(blocks)).toEqual(blocks);
});

test('serializeBody writes each block as elements whose text has no bare syntax characters', () => {
  const body = serializeBody([{ type: 'paragraph', id: 'p1', number: '1', text: 'a {b} <c> *d*' }]);
  expect(body).toBe('<Paragraph id="p1" number="1">a \\{b\\} \\<c\\> \\*d\\*</Paragraph>\n');
});

describe('parseBody rejects what serializeBody would not write, naming the line', () => {
  test('an unknown line', () => {
    const body = '<Paragraph id="p1">One</Paragraph>\n\n<Paragraph id="p2">Two</Paragraph>\n\nJust some words\n';
    expect(() => parseBody(body)).toThrow(BodyFormatError);
    expect(() => parseBody(body)).toThrow(/^line 5 of the body: not an element of the document format: "Just some words"$/);
  });

  test('an unknown line inside a list', () => {
    const body = '<List>\n<Point id="p1-1">One</Point>\n- two\n</List>\n';
    expect(() => parseBody(body)).toThrow(/^line 3 of the body: expected <Point> or <\/List>/);
  });

  test('a body that ends inside a table', () => {
    const body = '<Table id="t">\n<Rows>\n<Row id="t-1"><th scope="row">A</th><td>Good</td></Row>';
    expect(() => parseBody(body)).toThrow(/^line 4 of the body: the body ends inside an element/);
  });
});

describe('identifiedBlocks', () => {
  test('lists every id in document order with its plain text', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, id: 'h', text: 'Heading' },
      { type: 'text', id: 'address', lines: ['County Hall', 'Preston'] },
      { type: 'list', points: [{ id: 'p1-1', text: 'one' }, { id: 'p1-2', text: 'two' }] },
      {
        type: 'table',
        id: 't',
        caption: 'Caption',
        bodies: [[
          { type: 'group', id: 't-g', sub: false, text: 'Group' },
          { type: 'row', id: 't-1', depth: 1, header: 'Area', cells: ['Good', 'note'] },
        ]],
      },
      { type: 'contents', id: 'contents-list', entries: [{ target: 'h', text: 'Heading' }, { target: 'x', text: 'X' }] },
    ];
    expect(identifiedBlocks(blocks).map(({ id, text }) => [id, text])).toEqual([
      ['h', 'Heading'],
      ['address', 'County Hall\nPreston'],
      ['p1-1', 'one'],
      ['p1-2', 'two'],
      ['t', 'Caption'],
      ['t-g', 'Group'],
      ['t-1', 'Area Good note'],
      ['contents-list', 'Heading\nX'],
    ]);
  });
});

describe('each committed body parses and re-serializes to exactly the committed text', () => {
  test.each(ENTRY_IDS)('%s', (id) => {
    const { body } = readEntry(id);
    const blocks = parseBody(body);
    expect(blocks.length).toBeGreaterThan(0);
    expect(serializeBody(blocks)).toBe(body);
  });
});
