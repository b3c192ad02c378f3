import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  breadcrumbLd,
  datasetLd,
  documentLd,
  pageTitle,
  serializeJsonLd,
  statedPublicationDate,
  webPageLd,
  websiteLd,
} from '../../src/model/metadata';
import { contentSecurityPolicy, headersFile } from '../../src/model/security-headers';

const SITE_NAME = 'Northshire children\'s services inspections';
/** The website, as Base.astro hands it to the JSON-LD. */
const site = (url: string) => ({ name: SITE_NAME, url });

const report = {
  title: 'Inspection of safeguarding and looked after children services: Lancashire',
  documentType: 'ofsted-report' as const,
  publisher: 'Ofsted',
  issued: { date: '2012-03-09', as: 'published' as const },
  summary: 'A summary.',
};

describe('pageTitle', () => {
  it('adds the site name, except on the home page', () => {
    expect(pageTitle('About this record', SITE_NAME)).toBe(`About this record – ${SITE_NAME}`);
    expect(pageTitle(SITE_NAME, SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('absoluteUrl', () => {
  it('joins the site and a path', () => {
    expect(absoluteUrl('https://example.org', '/', '/about/')).toBe('https://example.org/about/');
    expect(absoluteUrl('https://example.org/', '/', '/')).toBe('https://example.org/');
  });
  it('puts the page under the base path, once', () => {
    expect(absoluteUrl('https://example.org', '/records/', '/about/')).toBe('https://example.org/records/about/');
    expect(absoluteUrl('https://example.org', '/records', '/records/about/')).toBe('https://example.org/records/about/');
    expect(absoluteUrl('https://example.org', 'records', '/')).toBe('https://example.org/records/');
  });
  it('keeps a path given in the site URL itself', () => {
    expect(absoluteUrl('https://example.org/la/', '/', '/about/')).toBe('https://example.org/la/about/');
  });
});

describe('JSON-LD', () => {
  it('describes an Ofsted document as a Report, with its stated date of publication', () => {
    const ld = documentLd(report, 'https://example.org/inspections/x/', site('https://example.org/'));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      name: report.title,
      author: { '@type': 'Organization', name: 'Ofsted' },
      publisher: { '@type': 'Organization', name: 'Ofsted' },
      datePublished: '2012-03-09',
      isPartOf: { '@type': 'WebSite', url: 'https://example.org/' },
    });
  });
  it('describes a council document as a CreativeWork', () => {
    const ld = documentLd({ ...report, documentType: 'council-letter', publisher: 'Lancashire County Council' }, 'u', site('s'));
    expect(ld['@type']).toBe('CreativeWork');
  });
  it('gives a date only where the document states its publication or letter date to the day', () => {
    expect(statedPublicationDate({ date: '2012-03-09', as: 'published' })).toBe('2012-03-09');
    expect(statedPublicationDate({ date: '2009-12-02', as: 'letter' })).toBe('2009-12-02');
    expect(statedPublicationDate({ date: '2018-06', as: 'published' })).toBeUndefined();
    expect(statedPublicationDate({ date: '2018-03-14', as: 'meeting' })).toBeUndefined();
    expect(statedPublicationDate({ date: '2018', as: 'undated' })).toBeUndefined();
    const ld = documentLd({ ...report, issued: { date: '2018', as: 'undated' } }, 'u', site('s'));
    expect(ld).not.toHaveProperty('datePublished');
  });
  it('describes a finding as a part of its document', () => {
    const ld = documentLd(report, 'https://example.org/findings/x/p30/', site('https://example.org/'), { name: 'Paragraph 30', text: 'Words.' });
    expect(ld).toMatchObject({ '@type': 'CreativeWork', name: `Paragraph 30, ${report.title}`, isPartOf: { '@type': 'Report' } });
  });
  it('lists breadcrumbs in order, the page itself last', () => {
    const ld = breadcrumbLd([{ name: 'Documents', path: '/' }, { name: '2012' }], 'https://example.org/inspections/x/', (p) => `https://example.org${p}`);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Documents', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: '2012', item: 'https://example.org/inspections/x/' },
    ]);
  });
  it('names the website', () => {
    expect(websiteLd(site('https://example.org/'))).toMatchObject({ '@type': 'WebSite', name: SITE_NAME, url: 'https://example.org/' });
  });
  it('serialises so that nothing can close the script element, and parses back', () => {
    const value = { name: '</script><b>&' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the site itself, and WebAssembly for search', () => {
    const policy = contentSecurityPolicy('header');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
  });
  it('leaves frame-ancestors out of the <meta>, where browsers ignore it', () => {
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy('header')).toBe(`${contentSecurityPolicy('meta')}; frame-ancestors 'none'`);
  });
  it('is what public/_headers sends', () => {
    const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    const rules = file.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    expect(rules).toBe(headersFile());
    expect(rules).toContain('X-Content-Type-Options: nosniff');
    expect(rules).toMatch(/Referrer-Policy: (strict-origin-when-cross-origin|no-referrer)/);
    expect(rules).toMatch(/Permissions-Policy: .*camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });
});

describe('page and dataset JSON-LD', () => {
  it('describes a page of the site by its kind, as part of the website', () => {
    expect(webPageLd('CollectionPage', 'Themes', 'Subjects.', 'https://records.example.gov.uk/themes/', site('https://records.example.gov.uk/'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Themes',
      description: 'Subjects.',
      url: 'https://records.example.gov.uk/themes/',
      inLanguage: 'en-GB',
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: 'https://records.example.gov.uk/' },
    });
  });

  it('describes the open data as a Dataset with a DataDownload per file', () => {
    const ld = datasetLd(
      {
        title: 'Data',
        description: 'All of it.',
        licenses: [{ title: 'Reuse', path: 'https://records.example.gov.uk/data/#licence' }],
        resources: [{ title: 'Judgements', path: 'judgements.csv', mediatype: 'text/csv', description: 'Rows.' }],
      },
      'https://records.example.gov.uk/data/',
      site('https://records.example.gov.uk/'),
      (path) => `https://records.example.gov.uk/data/${path}`,
    );
    expect(ld).toMatchObject({ '@type': 'Dataset', name: 'Data', license: 'https://records.example.gov.uk/data/#licence', isAccessibleForFree: true });
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', name: 'Judgements', description: 'Rows.', encodingFormat: 'text/csv', contentUrl: 'https://records.example.gov.uk/data/judgements.csv' },
    ]);
  });
});
