/**
 * Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page that
 * getStaticPaths returns with a `cacheKey` is copied from the last build, not rendered, when its key and
 * the code it is made by (its module graph, which Astro hashes) are both unchanged. So a page's key must
 * change whenever anything it shows changes, and a page is keyed by all it is handed: its params and
 * props, digested (src/model/digest.ts), and what the layout shows on every page beside them (the site,
 * content/site.yaml, and the site's preview card, which names the documents' years and publishers).
 *
 * That holds only while a keyed page is handed everything it shows: its own frontmatter loads no data
 * beside loadSite and loadSiteCard, and a component it uses loads none (tests/unit/page-keys.test.ts reads
 * the keyed pages for that). Content rendered with render() and the glossary marks are in the page's code,
 * which Astro hashes. tests/build/deterministic.test.ts proves it on a build: after a change to one
 * document, the incremental build is byte for byte the cold one.
 */
import { digest } from '../model/digest';
import { loadSite } from './site';
import { loadSiteCard } from './site-card';

/** What every page shows beside what it is handed. */
async function shown(): Promise<string> {
  const [site, card] = await Promise.all([loadSite(), loadSiteCard()]);
  return digest({ site, card });
}

/** The paths of a route, each with its cacheKey. */
export async function keyed<Path extends { params: Record<string, string | undefined>; props?: object }>(paths: Path[]): Promise<(Path & { cacheKey: string })[]> {
  const everywhere = await shown();
  return paths.map((path) => ({ ...path, cacheKey: digest([everywhere, path.params, path.props]) }));
}
