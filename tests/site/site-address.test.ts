/**
 * No placeholder address ships: no built file (page, citation, feed, sitemap,
 * robots.txt, data) names a domain reserved for examples, and every absolute
 * address of this site in the output is the one the build was given.
 * Pagefind's own scripts (dist/pagefind/) are left out: they parse relative URLs
 * against https://example.com internally, and never show or publish it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLocalPreview, isPlaceholderHost, siteAddress } from '../../src/integrations/site-address';
import { filesUnder } from '../support/pages';
import { assertDistBuilt, DIST } from '../support/server';

assertDistBuilt();
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|wasm|pf_[a-z]+)$/i;
const files = filesUnder(DIST)
  .filter((file) => !BINARY.test(file) && !relative(DIST, file).startsWith('pagefind/'))
  .map((file) => ({ path: relative(DIST, file), text: readFileSync(file, 'utf8') }));

describe('the site address in the built files', () => {
  it('names no placeholder domain anywhere', () => {
    const hits = files.flatMap(({ path, text }) => {
      const named = [...text.matchAll(/\bexample\.(?:com|net|org)\b/gi)].map((m) => m[0]);
      const hosts = [...text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!).filter(isPlaceholderHost);
      return [...new Set([...named, ...hosts])].map((host) => `${path}: ${host}`);
    });
    expect(files.length).toBeGreaterThan(100);
    expect(hits, 'files naming a placeholder address').toEqual([]);
  });

  it('gives every page its address under the one the build was given', () => {
    const site = siteAddress(process.env).url;
    const elsewhere = files
      .filter(({ path }) => path.endsWith('.html') && path !== '404.html')
      .flatMap(({ path, text }) => {
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(text)?.[1];
        return canonical?.startsWith(site) ? [] : [`${path}: ${canonical ?? 'no canonical link'}`];
      });
    expect(elsewhere, `pages whose canonical address is not under ${site}`).toEqual([]);
  });

  it('marks every page noindex exactly when the build carries the local preview address', () => {
    const preview = isLocalPreview(siteAddress(process.env).url);
    const wrong = files
      .filter(({ path }) => path.endsWith('.html'))
      .filter(({ text }) => /<meta name="robots" content="noindex, nofollow"/.test(text) !== preview)
      .map(({ path }) => path);
    expect(wrong, preview ? 'local preview pages search engines may index' : 'published pages marked noindex').toEqual([]);
  });
});
