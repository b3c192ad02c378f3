/**
 * What every page says about itself to link previews, search engines and
 * reference managers: its title, canonical URL, Open Graph tags and schema.org
 * JSON-LD. Pure functions; src/layouts/Base.astro only writes the tags.
 */
import type { InspectionDocument } from './schema';
import { parseDate } from './dates';
import { publisherOf } from './vocabulary';
import { basePath } from './paths';

/** The website every page is part of: its name (content/site.yaml) and its absolute URL. */
export interface Website {
  name: string;
  url: string;
}

/** The page's <title>: its own title, then the site's name (the home page is the site's name alone). */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} – ${siteName}`;
}

/**
 * The absolute URL of a site-relative path, under the configured base path:
 * ("https://records.example.gov.uk", "/inspections/", "/about/") → "https://records.example.gov.uk/inspections/about/".
 * A path that already starts with the base is not prefixed twice.
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  const root = new URL(site);
  const rootPath = `${root.pathname.replace(/\/+$/, '')}${basePath(base)}`;
  const own = path.startsWith(rootPath) ? path.slice(rootPath.length) : path.replace(/^\/+/, '');
  return new URL(`${rootPath}${own}`, root.origin).href;
}

export interface Crumb {
  name: string;
  /** Site-relative path; the last crumb (the page itself) has none. */
  path?: string;
}

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function organization(name: string): JsonLd {
  return { '@type': 'Organization', name };
}

export function websiteLd(website: Website, description?: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: website.name,
    url: website.url,
    inLanguage: 'en-GB',
    ...(description ? { description } : {}),
  };
}

/** A BreadcrumbList: each crumb with its absolute URL; the page itself last, at its own URL. */
export function breadcrumbLd(crumbs: Crumb[], pageUrl: string, toUrl: (path: string) => string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.path ? toUrl(crumb.path) : pageUrl,
    })),
  };
}

/** schema.org types for the site's own pages: what kind of page each is. */
export type WebPageType = 'WebPage' | 'CollectionPage' | 'AboutPage' | 'SearchResultsPage';

/** A page of this site that is not a document: its kind, name and description, part of the website. */
export function webPageLd(type: WebPageType, name: string, description: string, url: string, website: Website): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': type,
    name,
    description,
    url,
    inLanguage: 'en-GB',
    isPartOf: { '@type': 'WebSite', ...website },
  };
}

/** What datasetLd needs of the Data Package (src/model/datapackage.ts). */
export interface DatasetSource {
  title: string;
  description: string;
  licenses: { title: string; path?: string }[];
  resources: { title: string; path: string; mediatype: string; description: string }[];
}

/** The open data as a schema.org Dataset: one DataDownload per file, each at its absolute address. */
export function datasetLd(pkg: DatasetSource, url: string, website: Website, fileUrl: (path: string) => string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: pkg.title,
    description: pkg.description,
    url,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    ...(pkg.licenses[0]?.path ? { license: pkg.licenses[0].path } : {}),
    isPartOf: { '@type': 'WebSite', ...website },
    distribution: pkg.resources.map((r) => ({
      '@type': 'DataDownload',
      name: r.title,
      description: r.description,
      encodingFormat: r.mediatype,
      contentUrl: fileUrl(r.path),
    })),
  };
}

/** The document's date when it states one to the day as its date of publication or of the letter; otherwise none. */
export function statedPublicationDate(issued: InspectionDocument['issued']): string | undefined {
  if (issued.as !== 'published' && issued.as !== 'letter') return undefined;
  return parseDate(issued.date)?.day === undefined ? undefined : issued.date;
}

/**
 * A document (or a part of one) as schema.org sees it: a Report for Ofsted's
 * documents, a CreativeWork for the council's; by the publishing organisation,
 * part of this website.
 */
export function documentLd(
  doc: Pick<InspectionDocument, 'title' | 'documentType' | 'publisher' | 'issued' | 'summary'>,
  url: string,
  website: Website,
  part?: { name: string; text?: string },
): JsonLd {
  const type = publisherOf(doc.documentType) === 'ofsted' ? 'Report' : 'CreativeWork';
  const publisher = organization(doc.publisher);
  const date = statedPublicationDate(doc.issued);
  const whole: JsonLd = {
    '@type': type,
    name: doc.title,
    author: publisher,
    publisher,
    inLanguage: 'en-GB',
    ...(date ? { datePublished: date } : {}),
    isPartOf: { '@type': 'WebSite', ...website },
  };
  if (!part) return { '@context': CONTEXT, ...whole, url, description: doc.summary };
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    name: `${part.name}, ${doc.title}`,
    url,
    author: publisher,
    inLanguage: 'en-GB',
    ...(part.text ? { text: part.text } : {}),
    isPartOf: { ...whole, isPartOf: { '@type': 'WebSite', ...website } },
  };
}

/** JSON for a <script type="application/ld+json">: nothing in it can close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
