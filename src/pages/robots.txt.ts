import type { APIRoute } from 'astro';
import { absoluteUrl } from '../model/metadata';

/** Everything may be crawled; the sitemap (@astrojs/sitemap) is at the configured site and base path. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, import.meta.env.BASE_URL, '/sitemap-index.xml')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
