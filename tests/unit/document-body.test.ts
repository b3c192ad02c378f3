/** What a document page hands its body's components (src/model/document-body.ts). */
import { describe, expect, test } from 'vitest';
import { blockOf, documentBody } from '../../src/model/document-body';
import type { OutlineBlock } from '../../src/model/outline';

const search = (label: string): OutlineBlock => ({ label, section: 'Summary', title: `${label} · Summary`, areas: ['Safeguarding'] });
const body = documentBody(
  { id: 'ofsted-2012-safeguarding', shortTitle: 'Ofsted report, 2012', year: 2012 },
  new Map([
    ['heading-1', search('Summary')],
    ['130', search('Paragraph 130')],
  ]),
  [{ id: '130', title: 'Paragraph 130' }],
);

describe('documentBody', () => {
  test('hands each block its names (not its search areas), and a finding its page', () => {
    expect(blockOf(body, '130')).toEqual({
      label: 'Paragraph 130',
      section: 'Summary',
      title: 'Paragraph 130 · Summary',
      findingPath: '/findings/ofsted-2012-safeguarding/130/',
      citeWhat: 'paragraph 130 of the Ofsted report, 2012',
    });
    expect(blockOf(body, 'heading-1')).toEqual({ label: 'Summary', section: 'Summary', title: 'Summary · Summary' });
  });

  test('a block outside a document page, or unknown to it, fails the build', () => {
    expect(() => blockOf(undefined, '130')).toThrow(/outside a document page/);
    expect(() => blockOf(body, '999')).toThrow(/has no block 999/);
  });
});
