import { describe, expect, it } from 'vitest';
import { addressReport, isPlaceholderHost, LOCAL_PREVIEW_URL, siteAddress } from '../../src/integrations/site-address';

describe('siteAddress', () => {
  it('is the local preview address, and says so, when SITE_URL is not set', () => {
    expect(siteAddress({})).toEqual({ url: LOCAL_PREVIEW_URL, from: 'local preview' });
    expect(siteAddress({ SITE_URL: '  ' }).url).toBe('http://127.0.0.1:4321/');
    expect(addressReport(siteAddress({}))).toMatch(/^Site address: http:\/\/127\.0\.0\.1:4321\/, the local preview \(npm start\)\. To publish, build with SITE_URL/);
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
