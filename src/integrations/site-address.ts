/**
 * Where the site is published: the one setting, SITE_URL, read at build time.
 *
 * Canonical links, Open Graph, JSON-LD, citations, the feed, the sitemap and
 * robots.txt all carry this address, so a placeholder must never ship: a
 * publishing build sets SITE_URL, and a build without it is for the local
 * preview (`npm start`) and carries the address that preview is served from.
 * The build says on the console which one it used.
 */
import type { AstroIntegration } from 'astro';

/** The address `npm start` serves the preview from (`astro preview --host 127.0.0.1 --port 4321`). */
export const LOCAL_PREVIEW_URL = 'http://127.0.0.1:4321/';

/** Domain names reserved for examples and tests (RFC 2606, RFC 6761): an address in one is a placeholder. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid)$/i;

export function isPlaceholderHost(hostname: string): boolean {
  return PLACEHOLDER_HOST.test(hostname);
}

export interface SiteAddress {
  /** Absolute URL of the site's root, ending in "/". */
  url: string;
  /** Whether SITE_URL gave it or it is the local preview's. */
  from: 'SITE_URL' | 'local preview';
}

/** The site's address from the environment; throws on an address that is not absolute http(s) or is a placeholder. */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const setting = env.SITE_URL?.trim();
  if (!setting) return { url: LOCAL_PREVIEW_URL, from: 'local preview' };
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(`SITE_URL must be an absolute address such as https://records.example.gov.uk/, not "${setting}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not "${setting}"`);
  if (isPlaceholderHost(url.hostname)) {
    throw new Error(`SITE_URL is a placeholder (${url.hostname}): set it to the address the site is published at`);
  }
  return { url: new URL(url.pathname.replace(/\/*$/, '/'), url.origin).href, from: 'SITE_URL' };
}

/** The console line a build prints about its address. */
export function addressReport({ url, from }: SiteAddress, base = '/'): string {
  const at = new URL(base.replace(/^\/*/, ''), url).href;
  return from === 'SITE_URL'
    ? `Site address (SITE_URL): ${at}`
    : `Site address: ${at}, the local preview (npm start). To publish, build with SITE_URL set to the site's address.`;
}

/** Prints the address the build carries, at the start of every build. */
export default function siteAddressIntegration(address: SiteAddress, base?: string): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => logger.info(addressReport(address, base)),
    },
  };
}
