// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import glossary from './src/integrations/glossary.ts';
import searchIndex from './src/integrations/search-index.ts';

// Where the site is published: SITE_URL (e.g. https://records.example.gov.uk) and, to host it at a sub-path,
// BASE_PATH (e.g. /inspections/). Canonical URLs, Open Graph, JSON-LD and citations are built from them.
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || undefined;

export default defineConfig({
  site,
  ...(base ? { base } : {}),
  trailingSlash: 'always',
  // The sitemap lists every page (the 404 page aside); robots.txt (src/pages/robots.txt.ts) points to it.
  integrations: [mdx(), glossary(), searchIndex(), sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  build: {
    // No <style> in the HTML: the Content-Security-Policy allows stylesheets from the site only (style-src 'self').
    inlineStylesheets: 'never',
  },
  markdown: {
    // Ofsted's text must be reproduced without adaptation: no curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
});
