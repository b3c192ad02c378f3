/**
 * Link names that stand alone, and headings that never skip a level, on every built page. A screen
 * reader lists a page's links by name and its headings by level: two links named alike must go to
 * the same place, and an h4 straight after an h2 leaves the reader wondering what was missed. One
 * static pass over the built HTML; each test collects every offending page.
 */
import { Parser } from 'htmlparser2';
import { expect, it } from 'vitest';
import { builtPages, readPage } from '../support/pages';

interface PageOutline {
  path: string;
  links: { name: string; href: string }[];
  headings: { level: number; text: string }[];
}

/** The links (with the names a screen reader gives them) and headings of a page. */
function outline(path: string, html: string): PageOutline {
  const links: PageOutline['links'] = [];
  const headings: PageOutline['headings'] = [];
  const open: { tag: string; text: string; href?: string; label?: string; level?: number }[] = [];
  let hidden = 0;
  const stack: { tag: string; hides: boolean }[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const hides = attrs['aria-hidden'] === 'true';
        stack.push({ tag, hides });
        if (hides) hidden++;
        if (tag === 'script' || tag === 'style' || tag === 'template') skip++;
        if (tag === 'a' && attrs.href !== undefined) open.push({ tag, text: '', href: attrs.href, label: attrs['aria-label'] });
        const level = /^h([1-6])$/.exec(tag)?.[1];
        if (level) open.push({ tag, text: '', level: Number(level) });
      },
      ontext(text) {
        if (hidden || skip) return;
        for (const o of open) o.text += text;
      },
      onclosetag(tag) {
        const top = stack.pop();
        if (top?.hides) hidden--;
        if (tag === 'script' || tag === 'style' || tag === 'template') skip--;
        const i = open.findLastIndex((o) => o.tag === tag);
        if (i < 0) return;
        const [o] = open.splice(i, 1);
        const text = (o!.label ?? o!.text).replace(/\s+/g, ' ').trim();
        if (o!.href !== undefined) links.push({ name: text, href: new URL(o!.href, `https://site${path}`).href });
        else headings.push({ level: o!.level!, text });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { path, links, headings };
}

const outlines = builtPages().map((page) => outline(page.path, readPage(page)));

it('gives no two links on a page the same name unless they go to the same place', () => {
  const offenders = outlines.flatMap(({ path, links }) => {
    const targets = new Map<string, Set<string>>();
    for (const { name, href } of links) targets.set(name.toLowerCase(), (targets.get(name.toLowerCase()) ?? new Set()).add(href));
    return [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${path}: “${name}” goes to ${hrefs.size} places`);
  });
  expect(offenders).toEqual([]);
});

it('never skips a heading level going down a page', () => {
  const offenders = outlines.flatMap(({ path, headings }) =>
    headings.flatMap((h, i) => {
      const previous = i === 0 ? 0 : headings[i - 1]!.level;
      return h.level > previous + 1 ? [`${path}: h${h.level} “${h.text.slice(0, 50)}” follows h${previous || '-'}`] : [];
    }),
  );
  expect(offenders).toEqual([]);
});
