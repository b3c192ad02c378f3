/**
 * The README and docs/ name files, folders, scripts and other pages: every one must exist, so the docs
 * cannot point a maintainer at something moved or gone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/** A path in backticks that starts at one of the project's top folders (placeholders like <id> and globs aside). */
const PATH = /`((?:\.ci|bench|content|docs|public|scripts|src|tests)\/[^`\s]*|[\w.-]+\.(?:mjs|json|toml))`/g;

describe('the README and docs/', () => {
  it('name only paths that exist', () => {
    const missing = DOCS.flatMap((doc) =>
      [...read(doc).matchAll(PATH)]
        .map((m) => m[1]!.replace(/[:#].*$/, ''))
        .filter((path) => !/[<>*{}]|\.\.\./.test(path) && !existsSync(join(ROOT, path)))
        .map((path) => `${doc}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('name only npm scripts that exist', () => {
    const unknown = DOCS.flatMap((doc) =>
      [...read(doc).matchAll(/npm (?:run ([\w:-]+)|(test|start)\b)/g)].map((m) => m[1] ?? m[2]!).filter((s) => !scripts.includes(s)).map((s) => `${doc}: npm run ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  // A link to a page of the site (/inspections/<id>/#p5) is checked against the built site (tests/site/docs-links.test.ts).
  it('link only to files that exist', () => {
    const broken = DOCS.flatMap((doc) =>
      [...read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1]!)
          .filter((target) => !/^([a-z]+:|\/)/.test(target) && !existsSync(join(ROOT, dirname(doc), target)))
        .map((target) => `${doc}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
