import { describe, expect, it } from 'vitest';
import { addressReport, isLocalPreview, isPlaceholderHost, LOCAL_PREVIEW_URL, siteAddress } from '../../src/integrations/site-address';

describe('siteAddress', () => {
  it('is the local preview address, and says loudly it is not for publishing, when no address is given', () => {
    expect(siteAddress({})).toEqual({ url: LOCAL_PREVIEW_URL, from: 'local preview' });
    expect(siteAddress({ SITE_URL: '  ' }).url).toBe('http://127.0.0.1:4321/');
    // Netlify's URL means nothing off Netlify.
    expect(siteAddress({ URL: 'https://records.example.gov.uk' }).from).toBe('local preview');
    expect(isLocalPreview(siteAddress({}).url)).toBe(true);
    expect(addressReport(siteAddress({}))).toMatch(/^Site address: http:\/\/127\.0\.0\.1:4321\/, the LOCAL PREVIEW \(npm start\)\. This build is not for publishing/);
    expect(addressReport(siteAddress({}))).toMatch(/build with SITE_URL/);
  });

  it("takes the address a host gives its build: Netlify's URL (DEPLOY_PRIME_URL outside production), Cloudflare Pages' CF_PAGES_URL", () => {
    const netlify = { NETLIFY: 'true', URL: 'https://lancashire-record.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-4--lancashire-record.netlify.app' };
    expect(siteAddress({ ...netlify, CONTEXT: 'production' })).toEqual({ url: 'https://lancashire-record.netlify.app/', from: 'URL (Netlify)' });
    expect(siteAddress({ ...netlify, CONTEXT: 'deploy-preview' }).url).toBe('https://deploy-preview-4--lancashire-record.netlify.app/');
    expect(siteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b.lancashire-record.pages.dev' })).toEqual({
      url: 'https://3f2a1b.lancashire-record.pages.dev/',
      from: 'CF_PAGES_URL (Cloudflare Pages)',
    });
    // SITE_URL (a custom domain) wins over the host's own address.
    expect(siteAddress({ ...netlify, SITE_URL: 'https://records.lancashire.gov.uk/' }).from).toBe('SITE_URL');
    expect(isLocalPreview(siteAddress(netlify).url)).toBe(false);
    expect(() => siteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://site.test' })).toThrow(/CF_PAGES_URL is a placeholder/);
  });

  it('takes SITE_URL, ending its path with a slash', () => {
    expect(siteAddress({ SITE_URL: 'https://records.example.gov.uk' })).toEqual({ url: 'https://records.example.gov.uk/', from: 'SITE_URL' });
    expect(siteAddress({ SITE_URL: 'https://council.example.gov.uk/records' }).url).toBe('https://council.example.gov.uk/records/');
    expect(addressReport(siteAddress({ SITE_URL: 'https://records.example.gov.uk' }), '/lancashire/')).toBe(
      'Site address (SITE_URL): https://records.example.gov.uk/lancashire/',
    );
  });

  it('refuses a placeholder, a relative address or another scheme', () => {
    expect(() => siteAddress({ SITE_URL: 'https://example.org' })).toThrow(/placeholder \(example\.org\)/);
    expect(() => siteAddress({ SITE_URL: 'https://www.example.com/' })).toThrow(/placeholder/);
    expect(() => siteAddress({ SITE_URL: 'records.example.gov.uk' })).toThrow(/absolute address/);
    expect(() => siteAddress({ SITE_URL: 'ftp://records.example.gov.uk/' })).toThrow(/http\(s\)/);
  });

  it('knows the domains reserved for examples and tests', () => {
    expect(['example.org', 'example.com', 'a.example.net', 'site.test', 'x.invalid', 'example'].filter(isPlaceholderHost)).toHaveLength(6);
    expect(['records.example.gov.uk', '127.0.0.1', 'examples.org', 'myexample.com'].filter(isPlaceholderHost)).toEqual([]);
  });
});
