/**
 * The one place that knows where the site is published: Astro's `site` and base path, as
 * astro.config.mjs sets them from SITE_URL and BASE_PATH (src/integrations/site-address.ts).
 * The layout, pages and endpoints ask it for a path's absolute address rather than each
 * putting the configuration together with the path.
 */
import { absoluteUrl } from '../model/metadata';

/** The absolute address of a site path: "/about/" → "https://records.example.gov.uk/lancashire/about/". */
export const addressOf = (path: string): string => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
