/**
 * Astro drops the space between a word ending one line of a template and a link
 * starting the next ("as<a>…"). Readers and screen readers then get run-together
 * words, so no built page may have a letter or comma directly before a link.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';

describe.each(builtPages())('$path', ({ file }) => {
  it('has a space between words and the links that follow them', () => {
    const html = readFileSync(file, 'utf8');
    expect(html.match(/[A-Za-z,·]<a\s[^>]*>[^<]{0,30}/g) ?? []).toEqual([]);
  });
});
