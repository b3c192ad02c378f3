/**
 * From the paragraph to its citation: on every document page, each finding's
 * block links to the finding's own page ("Cite or share …"), with a name unique
 * on the site that says which block of which document, and still carries its
 * own #id link. Read from the built HTML: no browser is needed to see a link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/server';
import { entries } from '../support/entries';

const findings = JSON.parse(readFileSync(join(DIST, 'data/findings.json'), 'utf8')) as { id: string; document: string }[];
const pages = new Map(
  entries().map((entry) => {
    const dom = parseDocument(readFileSync(join(DIST, 'inspections', entry.id, 'index.html'), 'utf8'));
    const byId = new Map(findAll((e) => e.attribs.id !== undefined, dom.children).map((e) => [e.attribs.id!, e]));
    return [entry.id, { shortTitle: (entry.frontmatter as { shortTitle: string }).shortTitle, byId }];
  }),
);
const links = (block: Element | undefined, href: string) => (block ? findAll((e) => e.name === 'a' && getAttributeValue(e, 'href') === href, block.children) : []);
const spoken = (link: Element) => textContent(link).replace(/\s+/g, ' ').trim();

describe('cite links on document pages', () => {
  it('link every finding from its own block, beside the block’s #id link', () => {
    expect(findings.length).toBeGreaterThan(300);
    const problems = findings.flatMap(({ id, document }) => {
      const block = pages.get(document)!.byId.get(id);
      if (!block) return [`${document}: no block #${id}`];
      const toPage = links(block, `/findings/${document}/${id}/`);
      return [
        ...(toPage.length === 1 ? [] : [`${document}#${id}: ${toPage.length} links to its finding page`]),
        ...(links(block, `#${id}`).length === 1 ? [] : [`${document}#${id}: its own #id link is missing`]),
      ];
    });
    expect(problems, 'finding blocks without their cite link or #id link').toEqual([]);
  });

  it('name each link uniquely on the site, by its block and its document', () => {
    const names = new Map<string, string[]>();
    const problems: string[] = [];
    for (const { id, document } of findings) {
      const { byId, shortTitle } = pages.get(document)!;
      const [link] = links(byId.get(id), `/findings/${document}/${id}/`);
      if (!link) continue;
      const name = spoken(link);
      if (!name.startsWith('Cite or share ') || !name.endsWith(` of the ${shortTitle}`)) problems.push(`${document}#${id}: "${name}"`);
      names.set(name, [...(names.get(name) ?? []), `${document}#${id}`]);
    }
    const shared = [...names].filter(([, blocks]) => blocks.length > 1).map(([name, blocks]) => `"${name}": ${blocks.join(', ')}`);
    expect(problems, 'names that do not say "Cite or share <block> of the <document>"').toEqual([]);
    expect(shared, 'names shared by several links').toEqual([]);
  });

  it('show beside every paragraph and point the number its citation gives, as the finding page names it', () => {
    let checked = 0;
    const problems = findings.flatMap(({ id, document }) => {
      const [own] = links(pages.get(document)!.byId.get(id), `#${id}`);
      const shown = own ? textContent(own.children.find((c) => c.type === 'text') ?? own).trim() : '';
      const page = parseDocument(readFileSync(join(DIST, 'findings', document, id, 'index.html'), 'utf8'));
      const title = spoken(findAll((e) => e.name === 'h1', page.children)[0]!);
      // "Paragraph 9 …", "The list “Challenges”, point 1 …": the visible number is the one the title cites.
      const cited = /^(?:.*\bpoint (\d+)|Paragraph ([\divx]+\.?))\b/i.exec(title);
      if (!cited) return [];
      const number = (cited[1] ?? cited[2]!).replace(/\.$/, '');
      checked++;
      return shown.replace(/\.$/, '') === number ? [] : [`${document}#${id}: shows "${shown}", its page says "${title}"`];
    });
    expect(checked).toBeGreaterThan(300);
    expect(problems, 'blocks whose visible number differs from their citation').toEqual([]);
  });
});
