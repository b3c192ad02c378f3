/**
 * Reading built HTML without a browser, with the one HTML parser the project uses
 * (htmlparser2, which also runs the glossary's rewriting): elements in document
 * order with their attributes decoded, and text as a reader gets it.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server';

/** An element of a parsed page. */
export type Element = ReturnType<typeof DomUtils.findAll>[number];

const documents = new Map<string, ReturnType<typeof parseDocument>>();

/** The parsed document (cached: the site tests read each built page many times). */
export function parseHtml(html: string) {
  let document = documents.get(html);
  if (!document) {
    document = parseDocument(html);
    documents.set(html, document);
  }
  return document;
}

/** Every element, in document order (inside <template>, <svg> and <noscript> too). */
export function elements(html: string): Element[] {
  return DomUtils.findAll(() => true, parseHtml(html).children);
}

/** Start tags: name (lower case) and decoded attributes, in document order. */
export function startTags(html: string): { name: string; attrs: Record<string, string> }[] {
  return elements(html).map((el) => ({ name: el.name.toLowerCase(), attrs: el.attribs }));
}

/** One attribute's decoded value, or undefined: of a tag's attributes, or of raw attribute text (`class="x" id=y`). */
export function attr(attrs: Record<string, string> | string, name: string): string | undefined {
  const all = typeof attrs === 'string' ? (DomUtils.findOne(() => true, parseDocument(`<x ${attrs}>`).children)?.attribs ?? {}) : attrs;
  return all[name.toLowerCase()];
}

/** The text of some HTML, entities decoded and white space collapsed, as a reader gets it. */
export function textOf(html: string | Element): string {
  const nodes = typeof html === 'string' ? parseDocument(html).children : [html];
  return DomUtils.textContent(nodes).replace(/\s+/g, ' ').trim();
}

/** The markup with comments and the contents of script, style and template removed. */
export function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (_m, tag: string) => `<${tag}></${tag}>`);
}

const idCache = new Map<string, Set<string>>();

/** Every id in a built HTML file. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(startTags(readFileSync(file, 'utf8')).flatMap((t) => attr(t.attrs, 'id') ?? []));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * The file in dist/ a site path names, strictly as a static host would serve it:
 * "/x/" is dist/x/index.html; "/x" is only a file called x (the site's links end
 * in "/", as astro.config.mjs's trailingSlash: 'always' says).
 */
export function distFile(path: string, root = DIST): string | undefined {
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Why a site URL ("/x/#id", "/data/a.json") does not resolve, or undefined when
 * it does: the file exists, and any #fragment is an id on that page.
 */
export function brokenTarget(url: string, root = DIST): string | undefined {
  const hash = url.indexOf('#');
  const rawPath = (hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const fragment = hash < 0 ? undefined : url.slice(hash + 1);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return `malformed URL ${url}`;
  }
  const file = distFile(path, root);
  if (!file) {
    return distFile(`${path}/`, root) ? `no page at ${path} (the page is ${path}/)` : `no page or file at ${path}`;
  }
  if (fragment === undefined) return undefined;
  if (fragment === '') return 'empty fragment "#" links nowhere';
  if (!file.endsWith('.html')) return `fragment #${fragment} on a non-HTML file ${path}`;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  return idsIn(file).has(id) ? undefined : `no element with id="${id}" on ${path}`;
}
