// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import cardCache from './src/integrations/card-cache.ts';
import distInPlace from './src/integrations/dist-in-place.ts';
import glossary from './src/integrations/glossary.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteAddressReport, { siteAddress } from './src/integrations/site-address.ts';

// Where the site is published: SITE_URL (e.g. https://records.example.gov.uk/) and, to host it at a sub-path,
// BASE_PATH (e.g. /inspections/). Canonical URLs, Open Graph, JSON-LD, citations, the feed and the sitemap are built
// from them. Without SITE_URL the build is for the local preview (npm start) and carries its address.
const address = siteAddress(process.env);
const base = process.env.BASE_PATH || undefined;

export default defineConfig({
  site: address.url,
  ...(base ? { base } : {}),
  trailingSlash: 'always',
  // The sitemap lists every page (the 404 page aside); robots.txt (src/pages/robots.txt.ts) points to it. distInPlace
  // builds into the last build's dist/, keeping its unchanged pages where they are: it comes last, as it tells a build
  // that finished from one that did not.
  integrations: [siteAddressReport(address, base), mdx(), glossary(), searchIndex(), cardCache(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), distInPlace()],
  build: {
    // No <style> in the HTML: the Content-Security-Policy allows stylesheets from the site only (style-src 'self').
    inlineStylesheets: 'never',
  },
  // Nor an inline <script>: Astro inlines a script smaller than this limit (the share buttons' is), and the policy allows
  // scripts from the site only (script-src 'self').
  vite: { build: { assetsInlineLimit: 0 } },
  // A page whose data and code are unchanged since the last build is copied from it, not rendered again: the pages
  // of a finding, a document, a citation, a theme (their keys: src/data/page-keys.ts). Astro keeps the last
  // build in node_modules/.astro; pages render one at a time (build.concurrency 1), which the cache needs.
  experimental: { incrementalBuild: true },
  markdown: {
    // Ofsted's text must be reproduced without adaptation: no curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
});
