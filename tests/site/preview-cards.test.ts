/**
 * Link previews: every page names a 1200×630 PNG card at an absolute address of
 * this site, with its words as alt text; every finding page and document page
 * has a card of its own; every preview's title says which council on its own; the
 * cards are palette PNGs small enough to send. Read from the built files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, startTags } from '../support/html';
import { builtPages, DIST, readPage, SITE } from '../support/site';
import { ENTRY_IDS, readEntry } from '../support/entries';
const pages = builtPages().map((page) => {
  const metas = new Map<string, string>();
  for (const tag of startTags(readPage(page)).filter((t) => t.name === 'meta')) {
    const key = attr(tag.attrs, 'property') ?? attr(tag.attrs, 'name');
    if (key) metas.set(key, attr(tag.attrs, 'content') ?? '');
  }
  return { path: page.path, metas };
});
const own = (path: string) => /^\/(findings\/[^/]+\/[^/]+|inspections\/[^/]+)\/$/.test(path);

/** Width, height, bit depth and colour type from a PNG's header (IHDR), or undefined if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number; depth: number; colourType: number } | undefined {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), depth: bytes[24]!, colourType: bytes[25]! };
}
/** The councils the documents are about, as their frontmatter names them. */
const COUNCILS = [...new Set(ENTRY_IDS.map((id) => (readEntry(id).frontmatter.council as { name: string }).name))];

describe('link-preview cards', () => {
  it('are named by every page: an absolute address of this site, a 1200×630 PNG, its size and words given', () => {
    const problems = pages.flatMap(({ path, metas }) => {
      const image = metas.get('og:image') ?? '';
      if (!image.startsWith(`${SITE}cards/`) || !image.endsWith('.png')) return [`${path}: og:image is "${image}"`];
      const file = join(DIST, new URL(image).pathname);
      const size = existsSync(file) ? pngSize(file) : undefined;
      return [
        ...(size?.width === 1200 && size.height === 630 ? [] : [`${path}: ${image} is ${size ? `${size.width}×${size.height}` : 'missing or not a PNG'}`]),
        ...(metas.get('og:image:width') === '1200' && metas.get('og:image:height') === '630' ? [] : [`${path}: og:image:width/height`]),
        ...((metas.get('og:image:alt') ?? '').length > 20 ? [] : [`${path}: og:image:alt is "${metas.get('og:image:alt')}"`]),
        ...(metas.get('twitter:card') === 'summary_large_image' ? [] : [`${path}: twitter:card`]),
      ];
    });
    expect(pages.length).toBeGreaterThan(300);
    expect(problems, 'pages without a proper card').toEqual([]);
  });

  it('give every finding page and document page a card of its own, naming what the page shows', () => {
    const site = pages.find((p) => p.path === '/')!.metas.get('og:image');
    const mine = pages.filter((p) => own(p.path));
    const problems = mine.flatMap(({ path, metas }) => (metas.get('og:image') === site ? [`${path}: the site's card`] : []));
    const byImage = new Map<string, string[]>();
    for (const { path, metas } of mine) byImage.set(metas.get('og:image')!, [...(byImage.get(metas.get('og:image')!) ?? []), path]);
    expect(mine.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    expect([...byImage.values()].filter((paths) => paths.length > 1), 'pages sharing one card').toEqual([]);
  });

  it("have preview titles that name the council, on every page; a finding's and a document's lead with it", () => {
    expect(COUNCILS).toEqual(['Lancashire']);
    const problems = pages.flatMap(({ path, metas }) => {
      const title = metas.get('og:title') ?? '';
      const named = COUNCILS.some((council) => new RegExp(`\\b${council}\\b`).test(title));
      const leads = !own(path) || COUNCILS.some((council) => title.startsWith(`${council} · `));
      return named && leads && metas.get('twitter:title') === title ? [] : [`${path}: "${title}"`];
    });
    expect(problems, 'pages whose preview title does not say which council').toEqual([]);
    const finding = pages.find((p) => p.path === '/findings/2012-safeguarding-and-looked-after-children/p39/')!;
    expect(finding.metas.get('og:title')).toBe('Lancashire · 2012 safeguarding and looked after children inspection, paragraph 39');
  });

  it('are 2-bit palette PNGs (four colours), their median at most 16 kB', () => {
    const dir = join(DIST, 'cards');
    const cards = readdirSync(dir).map((name) => ({ name, size: statSync(join(dir, name)).size, png: pngSize(join(dir, name)) }));
    const sizes = cards.map((c) => c.size).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(cards.length).toBeGreaterThan(300);
    expect(cards.filter((c) => c.png?.colourType !== 3 || c.png.depth > 2).map((c) => c.name), 'cards that are not 2-bit palette PNGs').toEqual([]);
    expect(median, `median card ${median} bytes`).toBeLessThanOrEqual(16_000);
  });
});
