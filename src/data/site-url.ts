/**
 * The one place that knows where the site is published: Astro's `site` and base path, as
 * astro.config.mjs sets them from SITE_URL, a host's build variable and BASE_PATH
 * (src/integrations/site-address.ts). The layout, pages and endpoints ask it for a path's absolute
 * address rather than each putting the configuration together with the path.
 */
import { isLocalPreview } from '../integrations/site-address';
import { absoluteUrl } from '../model/metadata';

/** The absolute address of a site path: "/about/" → "https://records.example.gov.uk/lancashire/about/". */
export const addressOf = (path: string): string => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);

/** A build for the local preview: its pages and robots.txt ask search engines not to index it. */
export const LOCAL_PREVIEW = isLocalPreview(import.meta.env.SITE);
