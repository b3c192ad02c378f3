/**
 * The glossary integration: after the build, marks the first use of each glossary term on every built page
 * (./glossary-marks.ts, markFirstUses), the glossary page and the search page aside; in `npm run dev`, which
 * writes no pages, its middleware (./glossary-dev.ts) marks each page as it is served, with the same rules
 * (./glossary-marks.ts, markPage). It also adds the small stylesheet for marked terms to every page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { take } from '../data/build-handoff';
import { createMatcher } from '../model/glossary';
import { basePath } from '../model/paths';
import { GLOSSARY_FILE, markPage } from './glossary-marks';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))),
  );
  return nested.flat().sort();
}

export default function glossary(): AstroIntegration {
  let root: URL;
  let base: string;
  return {
    name: 'glossary',
    hooks: {
      'astro:config:setup': ({ config, command, injectScript, addWatchFile, addMiddleware }) => {
        root = config.root;
        base = basePath(config.base);
        const stylesheet = fileURLToPath(new URL('src/styles/glossary.css', root));
        injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};`);
        addWatchFile(new URL(GLOSSARY_FILE, root));
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./glossary-dev.ts', import.meta.url), order: 'post' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The glossary as the record's loader read and checked it during the render (src/data/record.ts).
        const entries = take('glossary');
        if (!entries) throw new Error('glossary: the build read no glossary (src/data/record.ts loadRecord, which every page calls)');
        const matcher = createMatcher(entries);
        const out = fileURLToPath(dir);
        let pages = 0;
        let uses = 0;
        for (const path of await htmlFiles(out)) {
          const html = await readFile(path, 'utf8');
          const result = markPage(html, `/${path.slice(out.length).split('\\').join('/').replace(/^\//, '')}`, matcher, base);
          if (!result?.marked.length) continue;
          await writeFile(path, result.html);
          pages++;
          uses += result.marked.length;
        }
        logger.info(`marked ${uses} first uses of glossary terms on ${pages} pages`);
      },
    },
  };
}
