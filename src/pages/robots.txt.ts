import type { APIRoute } from 'astro';
import { addressOf, LOCAL_PREVIEW } from '../data/site-url';

/**
 * Everything may be crawled; the sitemap (@astrojs/sitemap) is at the configured site and base path.
 * A local preview build is not for publishing: nothing may be crawled.
 */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\n${LOCAL_PREVIEW ? 'Disallow: /' : 'Allow: /'}\n\nSitemap: ${addressOf('/sitemap-index.xml')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
