/**
 * The glossary integration: after the build, marks the first use of each
 * glossary term on every built page (./glossary-marks.ts, markFirstUses), so
 * that Pagefind, which runs after `astro build`, indexes the marked pages with
 * each abbreviation's expansion. The glossary page and the search page are left
 * as they are. It also adds the small stylesheet for marked terms to every page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createMatcher, glossaryPath, parseGlossary } from '../model/glossary';
import { markFirstUses } from './glossary-marks';
import { basePath } from '../model/paths';

export interface GlossaryOptions {
  /** The glossary, relative to the project root. */
  file?: string;
  /** Pages left unmarked, as paths relative to the build output. */
  skip?: string[];
  /** Elements with these classes are left unmarked (the citation line is for copying, not reading). */
  ignoreClasses?: string[];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))),
  );
  return nested.flat().sort();
}

export default function glossary(options: GlossaryOptions = {}): AstroIntegration {
  const file = options.file ?? 'content/glossary.yaml';
  const skip = new Set(options.skip ?? ['glossary/index.html', 'search/index.html']);
  const ignoreClasses = options.ignoreClasses ?? ['cite'];
  let root: URL;
  let base: string;
  return {
    name: 'glossary',
    hooks: {
      'astro:config:setup': ({ config, injectScript, addWatchFile }) => {
        root = config.root;
        base = basePath(config.base);
        const stylesheet = fileURLToPath(new URL('src/styles/glossary.css', root));
        injectScript('page-ssr', `import ${JSON.stringify(stylesheet)};`);
        addWatchFile(new URL(file, root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const matcher = createMatcher(parseGlossary(await readFile(new URL(file, root), 'utf8')));
        const out = fileURLToPath(dir);
        let pages = 0;
        let uses = 0;
        for (const path of await htmlFiles(out)) {
          if (skip.has(relative(out, path).split(sep).join('/'))) continue;
          const html = await readFile(path, 'utf8');
          const result = markFirstUses(html, matcher, { ignoreClasses, href: (entry) => glossaryPath(entry.id, base) });
          if (result.marked.length === 0) continue;
          await writeFile(path, result.html);
          pages++;
          uses += result.marked.length;
        }
        logger.info(`marked ${uses} first uses of glossary terms on ${pages} pages`);
      },
    },
  };
}
