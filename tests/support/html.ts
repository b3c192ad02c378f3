/**
 * Just enough reading of built HTML as text for the site tests: the site is
 * generated, so its markup is regular, and a few regular expressions over it
 * (after dropping comments, scripts and styles) are enough.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The markup with comments and the contents of script, style and template removed. */
export function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (_m, tag: string) => `<${tag}></${tag}>`);
}

/** Start tags: name and raw attribute text. */
export function startTags(html: string): { name: string; attrs: string }[] {
  const tags: { name: string; attrs: string }[] = [];
  for (const m of markupOnly(html).matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    tags.push({ name: m[1]!.toLowerCase(), attrs: m[2] ?? '' });
  }
  return tags;
}

/** All attributes, decoded, from raw attribute text (names lower-cased; first one wins, as in HTML). */
export function attributes(attrs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of attrs.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!map.has(name)) map.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return map;
}

/** One attribute's decoded value, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  return attributes(attrs).get(name.toLowerCase());
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
