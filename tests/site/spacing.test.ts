/**
 * Astro drops the space between a word ending one line of a template and a link
 * starting the next ("as<a>…"), and between a link ending a line and the word
 * starting the next ("</a>format"). Readers and screen readers then get run-together
 * words ("framework;2015", "Frictionless Dataformat"), so no built page may have a
 * letter or punctuation that ends a clause directly before a link, or a letter
 * directly after one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';

describe.each(builtPages())('$path', ({ file }) => {
  const html = readFileSync(file, 'utf8');

  it('has a space between words and the links that follow them', () => {
    // A semicolon ending a character reference ("&#39;<a") is a quotation mark, not a clause.
    expect(html.match(/(?:[A-Za-z,:·]|(?<!&#?[0-9a-z]+);)<a\s[^>]*>[^<]{0,30}/gi) ?? []).toEqual([]);
  });

  it('has a space between links and the words that follow them', () => {
    expect(html.match(/[^<>]{0,30}<\/a>[A-Za-z][^<]{0,20}/g) ?? []).toEqual([]);
  });
});
