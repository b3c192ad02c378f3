/**
 * The deploy recipes (docs/publishing.md): the GitHub Pages workflow takes the address from the
 * documented outputs of actions/configure-pages and publishes dist/, and Netlify builds and publishes
 * the same; both hosts that read a _headers file find it in the build output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/project';

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string) => steps.find((s) => s.uses?.startsWith(`actions/${name}@`));

/** The outputs actions/configure-pages documents (its action.yml): base_url, origin, host, base_path. */
const CONFIGURE_PAGES_OUTPUTS = ['base_url', 'origin', 'host', 'base_path'];

describe('the GitHub Pages workflow', () => {
  it('builds with the address and base path configure-pages gives, and only its documented outputs', () => {
    const pages = action('configure-pages')!;
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}` });
    const used = [...JSON.stringify(workflow).matchAll(new RegExp(`steps\\.${pages.id}\\.outputs\\.(\\w+)`, 'g'))].map((m) => m[1]);
    expect(used.filter((output) => !CONFIGURE_PAGES_OUTPUTS.includes(output!))).toEqual([]);
    expect(steps.indexOf(pages)).toBeLessThan(steps.indexOf(build));
  });

  it('uploads dist/ and deploys it, with the permissions deploy-pages needs', () => {
    expect(action('upload-pages-artifact')!.with).toEqual({ path: 'dist/' });
    expect(action('deploy-pages')).toBeDefined();
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
  });
});

describe('Netlify and Cloudflare Pages', () => {
  it('Netlify builds with npm run build and publishes dist/; both read the security headers from dist/_headers', () => {
    const toml = readFileSync(join(ROOT, 'netlify.toml'), 'utf8');
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    // public/ is copied into dist/ as it is: the headers file ships with every build.
    expect(existsSync(join(ROOT, 'public/_headers'))).toBe(true);
  });
});
