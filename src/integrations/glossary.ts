/**
 * The glossary integration: marks the first use of each glossary term on every page as it is rendered
 * (./glossary-middleware.ts, with the rules of ./glossary-marks.ts), in the build and in `npm run dev`,
 * the glossary page and the search page aside, and adds the small stylesheet for marked terms to every page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { GLOSSARY_FILE } from './glossary-marks';

export default function glossary(): AstroIntegration {
  return {
    name: 'glossary',
    hooks: {
      'astro:config:setup': ({ config, injectScript, addWatchFile, addMiddleware }) => {
        const stylesheet = fileURLToPath(new URL('src/styles/glossary.css', config.root));
        const middleware = new URL('./glossary-middleware.ts', import.meta.url);
        // Every page imports the stylesheet, and the marking too: Astro's incremental build hashes a page's imports,
        // so a change to the glossary or to how it is marked renders every page again rather than copy it marked the old way.
        injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};\nimport ${JSON.stringify(fileURLToPath(middleware))};`);
        addWatchFile(new URL(GLOSSARY_FILE, config.root));
        addMiddleware({ entrypoint: middleware, order: 'post' });
      },
    },
  };
}
