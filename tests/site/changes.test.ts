/**
 * The change history as readers get it: the changes page, its RSS feed, and the
 * first-published / last-changed dates on each document page, all checked against
 * content/changes.yaml and the repairs each document's frontmatter records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/model/dates';
import { documentPath } from '../../src/model/paths';
import { attr, idsIn, startTags, textOf } from '../support/html';
import { builtPages, DIST, readPage, SITE } from '../support/site';
import { entries } from '../support/entries';
const log = parseYaml(readFileSync(new URL('../../content/changes.yaml', import.meta.url), 'utf8')) as {
  id: string; date: string; document: string; type: string; major: boolean; summary: string;
}[];
const changesHtml = readFileSync(join(DIST, 'changes/index.html'), 'utf8');
/** The HTML of the <article> for one change on the changes page. */
const article = (id: string) => new RegExp(`<article[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</article>`).exec(changesHtml)?.[1] ?? '';

describe('the changes page', () => {
  it('has every entry of the log, newest first, under its date', () => {
    const order = [...changesHtml.matchAll(/<article[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(log.map((c) => c.id).reverse());
    for (const c of log) {
      const text = textOf(article(c.id));
      expect(text, c.id).toContain(c.summary);
      expect(text, c.id).toContain(c.major ? 'Major change' : 'Minor change');
      expect(changesHtml).toMatch(new RegExp(`<time datetime="${c.date}"[^>]*>${formatDate(c.date)}</time>`));
    }
  });

  it('lists every repair each document records, each linking to the block it was made in', () => {
    for (const { id, frontmatter } of entries()) {
      const repairs = (frontmatter.repairs ?? []) as { at?: string; detail: string; change?: string }[];
      const published = log.find((c) => c.document === id && c.type === 'published')!;
      for (const r of repairs) {
        const html = article(r.change ?? published.id);
        expect(textOf(html), `${id}: ${r.detail}`).toContain(r.detail.replace(/\s+/g, ' '));
        if (r.at) expect(html).toContain(`href="${documentPath(id)}#${r.at}"`);
      }
      const listed = log.filter((c) => c.document === id).reduce((n, c) => n + (article(c.id).match(/<li>/g)?.length ?? 0), 0);
      expect(listed, `${id}: repairs on the changes page`).toBe(repairs.length);
    }
  });
});

describe('the changes feed', () => {
  const xml = readFileSync(join(DIST, 'changes.xml'), 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
  const channel = feed.rss?.channel;

  it('is RSS 2.0 with the channel elements the specification requires and a self link', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel.title).toMatch(/changes/);
    expect(channel.description).toBeTruthy();
    expect(channel.link).toBe(new URL('/', SITE).href);
    expect(channel['atom:link']['@_href']).toBe(new URL('/changes.xml', SITE).href);
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('gives the channel a lastBuildDate: the day of the newest change in the log', () => {
    const newest = log.map((c) => c.date).sort().at(-1)!;
    expect(channel.lastBuildDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(new Date(channel.lastBuildDate).toISOString().slice(0, 10)).toBe(newest);
  });

  it('has one item per entry, newest first, each with a permanent link to its entry on the changes page', () => {
    const items = channel.item as { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate: string; description: string; category: string[] }[];
    expect(items.map((i) => new URL(i.link).hash.slice(1))).toEqual(log.map((c) => c.id).reverse());
    const ids = idsIn(join(DIST, 'changes/index.html'));
    for (const [i, item] of items.entries()) {
      const change = log[log.length - 1 - i]!;
      expect(item.link).toBe(new URL(`/changes/#${change.id}`, SITE).href);
      expect(ids.has(change.id)).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      // RFC 822 dates, as RSS 2.0 requires, on the day the log gives.
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(change.date);
      expect(item.description).toContain(change.summary);
      expect(item.category).toEqual([change.major ? 'Major change' : 'Minor change']);
    }
  });

  it('is announced by every page', () => {
    for (const page of builtPages()) {
      const links = startTags(readPage(page)).filter((t) => t.name === 'link' && attr(t.attrs, 'rel') === 'alternate');
      expect(links.map((t) => [attr(t.attrs, 'type'), attr(t.attrs, 'href')]), page.path).toEqual([['application/rss+xml', '/changes.xml']]);
    }
  });
});

describe('document pages', () => {
  it('show when each document was first published here and last changed, as the log dates them', () => {
    for (const { id } of entries()) {
      const mine = log.filter((c) => c.document === id);
      const html = readFileSync(join(DIST, documentPath(id), 'index.html'), 'utf8');
      const facts = textOf(/<dt>On this site<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '');
      expect(facts).toBe(
        `First published here on ${formatDate(mine[0]!.date)}; last changed on ${formatDate(mine.at(-1)!.date)} (see changes)`,
      );
      expect(html).toContain(`href="/changes/#${mine.at(-1)!.id}"`);
    }
  });
});
