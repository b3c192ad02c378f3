// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import glossary from './src/integrations/glossary.ts';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  integrations: [mdx(), glossary()],
  markdown: {
    // Ofsted's text must be reproduced without adaptation: no curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
});
