import type { APIRoute } from 'astro';
import { addressOf } from '../data/site-url';

/** Everything may be crawled; the sitemap (@astrojs/sitemap) is at the configured site and base path. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${addressOf('/sitemap-index.xml')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
