/**
 * Where the site is published, read at build time: SITE_URL where it is set, otherwise the address the
 * host gives its build (Netlify's URL, Cloudflare Pages' CF_PAGES_URL; the GitHub Pages workflow sets
 * SITE_URL from actions/configure-pages), otherwise the local preview's.
 *
 * Canonical links, Open Graph, JSON-LD, citations, the feed, the sitemap and robots.txt all carry this
 * address, so a placeholder must never ship. A build for the local preview (`npm start`, the tests)
 * carries the address that preview is served from, says so loudly, and asks search engines not to index
 * its pages (src/data/site-url.ts), so a copy of it published by mistake never competes with the record.
 */
import type { AstroIntegration } from 'astro';

/** The address `npm start` serves the preview from (`astro preview --host 127.0.0.1 --port 4321`). */
export const LOCAL_PREVIEW_URL = 'http://127.0.0.1:4321/';

/** Domain names reserved for examples and tests (RFC 2606, RFC 6761): an address in one is a placeholder. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid)$/i;

export function isPlaceholderHost(hostname: string): boolean {
  return PLACEHOLDER_HOST.test(hostname);
}

type Env = Record<string, string | undefined>;

/**
 * The hosts whose builds say where they publish, and the variable each sets. Netlify's URL is the site's
 * main address (its other deploy contexts publish at DEPLOY_PRIME_URL); Cloudflare Pages gives each
 * deployment its own address, CF_PAGES_URL (a custom domain is set as SITE_URL).
 */
const HOSTS: { name: string; variable: (env: Env) => string | undefined; on: (env: Env) => boolean }[] = [
  { name: 'Netlify', on: (env) => env.NETLIFY === 'true', variable: (env) => (env.CONTEXT && env.CONTEXT !== 'production' ? 'DEPLOY_PRIME_URL' : 'URL') },
  { name: 'Cloudflare Pages', on: (env) => env.CF_PAGES === '1', variable: () => 'CF_PAGES_URL' },
];

export interface SiteAddress {
  /** Absolute URL of the site's root, ending in "/". */
  url: string;
  /** Where it came from: "SITE_URL", a host's variable ("URL (Netlify)"), or "local preview". */
  from: string;
}

/** The site's address from the environment; throws on an address that is not absolute http(s) or is a placeholder. */
export function siteAddress(env: Env): SiteAddress {
  const given = env.SITE_URL?.trim();
  if (given) return { url: checked(given, 'SITE_URL'), from: 'SITE_URL' };
  for (const host of HOSTS.filter((h) => h.on(env))) {
    const name = host.variable(env);
    const value = name && env[name]?.trim();
    if (value) return { url: checked(value, name), from: `${name} (${host.name})` };
  }
  return { url: LOCAL_PREVIEW_URL, from: 'local preview' };
}

function checked(setting: string, name: string): string {
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(`${name} must be an absolute address such as https://records.example.gov.uk/, not "${setting}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) address, not "${setting}"`);
  if (isPlaceholderHost(url.hostname)) {
    throw new Error(`${name} is a placeholder (${url.hostname}): set it to the address the site is published at`);
  }
  return new URL(url.pathname.replace(/\/*$/, '/'), url.origin).href;
}

/** Whether a build carries the local preview's address: its pages are then not for publishing. */
export const isLocalPreview = (url: string | URL | undefined) => !!url && new URL(String(url)).href === LOCAL_PREVIEW_URL;

/** The console lines a build prints about its address. */
export function addressReport({ url, from }: SiteAddress, base = '/'): string {
  const at = new URL(base.replace(/^\/*/, ''), url).href;
  return from !== 'local preview'
    ? `Site address (${from}): ${at}`
    : [
        `Site address: ${at}, the LOCAL PREVIEW (npm start). This build is not for publishing: every page asks search`,
        'engines not to index it, and its links, citations and cards point at this machine. To publish, build with SITE_URL',
        "set to the site's address, or on a host that gives its own (docs/publishing.md).",
      ].join('\n');
}

/** Prints the address the build carries, at the start of every build; a local preview's as a warning. */
export default function siteAddressIntegration(address: SiteAddress, base?: string): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const report = addressReport(address, base);
        if (address.from === 'local preview') logger.warn(report);
        else logger.info(report);
      },
    },
  };
}
