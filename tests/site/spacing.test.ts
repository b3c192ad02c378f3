/**
 * Astro drops the space between a word ending one line of a template and a link
 * starting the next ("as<a>…"), and between a link ending a line and the word
 * starting the next ("</a>format"). Readers and screen readers then get run-together
 * words ("framework;2015", "Frictionless Dataformat"), so no built page may have a
 * letter or punctuation that ends a clause directly before a link, or a letter
 * directly after one. It drops the space between a sentence and an expression or
 * component on the next line too ("differ.Each", "copyright.Ofsted's"), so no
 * sentence may run into the next in a page's text, read through inline elements.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { builtPages } from '../support/pages';

/** Elements that sit inside a line of text; any other tag ends a run of text. */
const INLINE_TAG = /<\/?(?:a|abbr|b|cite|code|dfn|em|i|mark|q|small|span|strong|sub|sup|time)(?:\s[^>]*)?>/gi;

/** A page's text as a reader meets it: inline markup removed, every other boundary a space. */
function runningText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/a>\s*<a\s/gi, '</a> <a ') // two links side by side are two things, not one word
    .replace(INLINE_TAG, '')
    .replace(/<[^>]+>/g, ' ');
}

/** Every page's matches of a pattern, as "path: match": what a property lists as its offenders. */
const offences = (find: (html: string) => RegExpMatchArray | null) =>
  pages.flatMap(({ path, html }) => (find(html) ?? []).map((match) => `${path}: ${match}`));

const pages = builtPages().map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));

it('has a space between words and the links that follow them, on every page', () => {
  // A semicolon ending a character reference ("&#39;<a") is a quotation mark, not a clause.
  expect(offences((html) => html.match(/(?:[A-Za-z,:·]|(?<!&#?[0-9a-z]+);)<a\s[^>]*>[^<]{0,30}/gi))).toEqual([]);
});

it('has a space between links and the words that follow them, on every page', () => {
  // Only a page with a letter right after "</a>" can match (the context on either side may be empty), so the slower
  // search, with the context each offence is listed with, runs on those pages alone.
  expect(offences((html) => (/<\/a>[A-Za-z]/.test(html) ? html.match(/[^<>]{0,30}<\/a>[A-Za-z][^<]{0,20}/g) : null))).toEqual([]);
});

it('has a space after every sentence, on every page', () => {
  // A semicolon ending a character reference ("&quot;Staff") is a quotation mark, not a full stop.
  // As above, the slower search (the character reference looked behind for, the context) only where the core of one is.
  const offence = /[a-z)”’][.;!?][A-Z][a-z]/;
  expect(offences((html) => {
    const text = runningText(html);
    return offence.test(text) ? text.match(/\S{0,30}(?<!&#?[0-9a-z]+)[a-z)”’][.;!?][A-Z][a-z]\S{0,20}/g) : null;
  })).toEqual([]);
});
