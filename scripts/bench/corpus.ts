/**
 * A synthetic corpus: the project copied to a temporary folder, with every
 * document of content/inspections/ there `scale` times. Each copy has its own id
 * (file name), its title and short title marked "(synthetic copy n)", and its own
 * copy of the source text, so every page, citation and source file is distinct.
 * The lists, theme overrides and change-log entries that name a document are repeated for its copies,
 * so a copy's findings get the same kinds and themes as the original's and its
 * pages weigh the same. Nothing in src/ changes: the copies pass the build's
 * checks as the originals do (areas and the timeline name only the originals,
 * which are still there).
 *
 * `searchOnly` keeps only the pages search uses (the document pages, the
 * search page and the records and word lists it loads) and the home page (a build without one
 * is not served): the search index and the search page are the same as in the
 * whole site's build, for when that build is too big to make.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { splitEntry } from '../../src/model/entry-file';
import { copyProjectInto } from '../kit/project';

export interface Corpus {
  dir: string;
  documents: number;
  remove(): void;
}

/** Corpora not yet removed: an interrupted run (Ctrl-C during a long build) removes them too, as they can be gigabytes. */
const live = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const dir of live) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

const copyId = (id: string, n: number) => `${id}-copy-${n}`;

/** A document's entry file as its n-th copy, and the name of the copy's source text. */
function copyEntry(text: string, n: number): { text: string; sourceFile: string } {
  const { frontmatter, body } = splitEntry(text);
  const data = parseDocument(frontmatter);
  // Marked at the start, so a line cut to fit (a preview card's) still tells the copies apart and each has cards of its own.
  const mark = (key: string) => data.set(key, `(synthetic copy ${n}) ${String(data.get(key))}`);
  mark('title');
  mark('shortTitle');
  const sourceFile = String(data.get('sourceFile')).replace(/\.txt$/, `-copy-${n}.txt`);
  data.set('sourceFile', sourceFile);
  return { text: `---\n${data.toString({ lineWidth: 0 })}---\n${body}`, sourceFile };
}

type Item = Record<string, unknown>;

/**
 * Adds to a YAML list of content/ the item for each copy of each item's document, right after the
 * item: the change log must stay in date order, so a copy's entry goes where its original's is.
 */
function repeatItems(file: string, scale: number, forCopy: (item: Item, n: number) => Item) {
  const items = parse(readFileSync(file, 'utf8')) as Item[];
  const repeated = items.flatMap((item) => [item, ...Array.from({ length: scale - 1 }, (_, i) => forCopy(item, i + 1))]);
  writeFileSync(file, stringify(repeated, { lineWidth: 0 }));
}

/** What a search-only corpus keeps of src/pages/: search/ holds the records the index is built from, and the spelling word lists. */
const SEARCH_PAGES = new Set(['index.astro', 'inspections', 'search.astro', 'search']);

export function makeCorpus(scale: number, { searchOnly = false } = {}): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `bench-${scale}x-`));
  live.add(dir);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    live.delete(dir);
  };
  try {
    // With a node_modules of its own, so Astro's and Vite's caches are the corpus's own, and its build cold.
    copyProjectInto(dir);
    if (searchOnly) {
      const pages = join(dir, 'src/pages');
      for (const name of readdirSync(pages)) if (!SEARCH_PAGES.has(name)) rmSync(join(pages, name), { recursive: true });
    }
    const inspections = join(dir, 'content/inspections');
    const sources = join(dir, 'content/sources');
    const originals = readdirSync(inspections).filter((f) => f.endsWith('.mdx'));
    for (const file of originals) {
      const text = readFileSync(join(inspections, file), 'utf8');
      const source = String(parse(splitEntry(text).frontmatter).sourceFile);
      for (let n = 1; n < scale; n++) {
        const copy = copyEntry(text, n);
        writeFileSync(join(inspections, `${copyId(file.replace(/\.mdx$/, ''), n)}.mdx`), copy.text);
        cpSync(join(sources, source), join(sources, copy.sourceFile));
        // Each copy is read as its original is: its readings file, named for the copy.
        const readings = join(dir, 'content/readings', file.replace(/\.mdx$/, '.yaml'));
        if (existsSync(readings)) cpSync(readings, join(dir, 'content/readings', `${copyId(file.replace(/\.mdx$/, ''), n)}.yaml`));
      }
    }
    repeatItems(join(dir, 'content/finding-kinds.yaml'), scale, (item, n) => ({
      ...item,
      id: copyId(String(item.id), n),
      document: copyId(String(item.document), n),
    }));
    // Every document must be in the change log (src/model/changes.ts): each copy is published with its original.
    repeatItems(join(dir, 'content/changes.yaml'), scale, (item, n) => ({
      ...item,
      id: copyId(String(item.id), n),
      document: copyId(String(item.document), n),
    }));
    return { dir, documents: originals.length * scale, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
