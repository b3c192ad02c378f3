import { defineCollection } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

/**
 * A YAML list, each item with its place in the file: the data store hands entries
 * back sorted by id, and the matrix rows (and moments of the same date) keep the
 * order the file gives. The store keeps one entry per id, so a repeated id would
 * silently drop an item: it fails the build instead.
 */
const inFileOrder = (path: string) =>
  file(path, {
    parser: (text) => {
      const items = parseYaml(text) as Record<string, unknown>[];
      const repeated = items.map((item) => item.id).filter((id, i, ids) => ids.indexOf(id) !== i);
      if (repeated.length) throw new Error(`${path}: the id ${repeated.map((id) => `"${String(id)}"`).join(', ')} is used more than once`);
      return items.map((item, order) => ({ ...item, order }));
    },
  });

/**
 * The readings: one YAML list per document, named for it, so a document's readings travel
 * with it. Each entry is stored as document#block; a block read twice fails the build.
 */
const READINGS_DIR = 'content/readings';
const readingFiles: Loader = {
  name: 'reading-files',
  async load({ store, parseData, watcher, config }) {
    const dir = fileURLToPath(new URL(`${READINGS_DIR}/`, config.root));
    const read = async () => {
      store.clear();
      const names = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
      for (const name of names) {
        const document = name.replace(/\.yaml$/, '');
        const items = (parseYaml(await readFile(join(dir, name), 'utf8')) ?? []) as { block?: unknown }[];
        for (const item of items) {
          const id = `${document}#${String(item.block)}`;
          if (store.has(id)) throw new Error(`${READINGS_DIR}/${name}: ${String(item.block)} is read more than once`);
          store.set({ id, data: await parseData({ id, data: { ...item, document } }) });
        }
      }
    };
    await read();
    watcher?.add(dir);
    watcher?.on('all', (_event, path) => {
      if (path.includes(READINGS_DIR)) void read();
    });
  },
};

/** One YAML file as one entry, under the id `site`: content/site.yaml, whose record this is. */
const SITE_FILE = 'content/site.yaml';
const siteFile: Loader = {
  name: 'site-file',
  async load({ store, parseData, watcher, config }) {
    const path = fileURLToPath(new URL(SITE_FILE, config.root));
    const read = async () => {
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data: parseYaml(await readFile(path, 'utf8')) as Record<string, unknown> }) });
    };
    await read();
    watcher?.add(path);
    watcher?.on('change', (changed) => {
      if (changed === path) void read();
    });
  },
};

/**
 * The collections hold the content as written: no schema here. The record's loader (src/data/record.ts)
 * reads every entry by its schema (src/model/*) and checks it against the documents, once, so a build
 * with bad content reports every problem together, each naming its file, entry and field.
 */
export const collections = {
  /** Whose record this is: the council, and the site's name and description. */
  site: defineCollection({ loader: siteFile }),
  /** One MDX entry per document: its facts (frontmatter) and its text (body). */
  documents: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/inspections' }) }),
  /** Which judged areas correspond across frameworks: rows of the judgement matrix. */
  areas: defineCollection({ loader: inFileOrder('content/areas.yaml') }),
  /** The change history: each document first published, and every repair or correction since. */
  changes: defineCollection({ loader: inFileOrder('content/changes.yaml') }),
  /** The documents' words quoted on our pages, each with its block. */
  quotations: defineCollection({ loader: inFileOrder('content/quotations.yaml') }),
  /** What happened next: the reviewed later passages that speak to each recommendation and issue to resolve. */
  followUps: defineCollection({ loader: inFileOrder('content/what-happened-next.yaml') }),
  /** Key moments the documents date. */
  timeline: defineCollection({ loader: inFileOrder('content/timeline.yaml') }),
  /** Lists whose introducing sentence states what kind of finding their points are. */
  findingKinds: defineCollection({ loader: file('content/finding-kinds.yaml') }),
  /** The editorial themes that run through the findings, in the order they are listed. */
  themes: defineCollection({ loader: inFileOrder('content/themes.yaml') }),
  /** Our reviewed reading of each finding: one file per document, content/readings/<document>.yaml. */
  readings: defineCollection({ loader: readingFiles }),
};
