/**
 * Every citation file, read back by an independent parser (citation-js), says
 * what the frontmatter says: the type, the title, the organisation as author,
 * the date as precisely as the document states it, and the page's address; and
 * every BibTeX key is short and unique. One test per property, collecting every
 * mismatch across all documents and findings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, type CslData, type CslName } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_KEY_LENGTH } from '../../src/model/citation-formats';
import { DIST, SITE } from '../support/site';
import { entries } from '../support/entries';

interface Frontmatter {
  title: string;
  publisher: string;
  documentType: string;
  issued: { date: string; as: string };
}

/** What a citation must say, from the frontmatter alone. */
interface Expected {
  file: string;
  type: string;
  title: string;
  /** A finding's title is its document's, then its label. */
  titleIsPart: boolean;
  publisher: string;
  dateParts?: number[];
  url: string;
}

const findings = JSON.parse(readFileSync(join(DIST, 'data/findings.json'), 'utf8')) as { id: string; document: string }[];
const expected: Expected[] = entries().flatMap((entry) => {
  const fm = entry.frontmatter as unknown as Frontmatter;
  const common = {
    type: fm.documentType.endsWith('-letter') ? 'personal_communication' : 'report',
    title: fm.title,
    publisher: fm.publisher,
    dateParts: fm.issued.as === 'undated' ? undefined : fm.issued.date.split('-').map(Number),
  };
  return [
    { ...common, file: `cite/${entry.id}`, titleIsPart: false, url: new URL(`inspections/${entry.id}/`, SITE).href },
    ...findings
      .filter((f) => f.document === entry.id)
      .map((f) => ({ ...common, file: `cite/${entry.id}/${f.id}`, titleIsPart: true, url: new URL(`findings/${entry.id}/${f.id}/`, SITE).href })),
  ];
});

const FORMATS = [
  { ext: 'ris', forceType: '@ris/file' },
  { ext: 'bib', forceType: '@biblatex/text' },
  { ext: 'json', forceType: undefined },
] as const;

/** An organisation read back: a literal name, or a family name with no given name (BibTeX's {{…}} and RIS's AU). */
const organisation = (name: CslName | undefined) => name?.literal ?? (name?.given ? undefined : name?.family);

function mismatches(want: Expected, ext: string, items: CslData[]): string[] {
  const at = `${want.file}.${ext}`;
  if (items.length !== 1) return [`${at}: ${items.length} items, not 1`];
  const item = items[0]!;
  const problems: string[] = [];
  const differ = (what: string, got: unknown, wanted: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(wanted)) problems.push(`${at}: ${what} is ${JSON.stringify(got)}, not ${JSON.stringify(wanted)}`);
  };
  differ('type', item.type, want.type);
  if (want.titleIsPart ? !item.title?.startsWith(`${want.title}, `) || item.title.length <= want.title.length + 2 : item.title !== want.title) {
    problems.push(`${at}: title ${JSON.stringify(item.title)} is not ${want.titleIsPart ? 'the document title then a part' : JSON.stringify(want.title)}`);
  }
  differ('author', (item.author ?? []).map(organisation), [want.publisher]);
  // biblatex's @letter has no publisher field: a letter's BibTeX names its writer as author only.
  differ('publisher', item.publisher, ext === 'bib' && want.type === 'personal_communication' ? undefined : want.publisher);
  differ('date', item.issued?.['date-parts']?.[0], want.dateParts);
  differ('URL', item.URL, want.url);
  return problems;
}

const parsed = new Map<string, CslData[]>();
beforeAll(async () => {
  for (const want of expected) {
    for (const { ext, forceType } of FORMATS) {
      const text = readFileSync(join(DIST, `${want.file}.${ext}`), 'utf8');
      try {
        parsed.set(`${want.file}.${ext}`, (await Cite.async(text, forceType ? { forceType } : {})).data);
      } catch (error) {
        parsed.set(`${want.file}.${ext}`, []);
      }
    }
  }
});

describe('citation files read back by citation-js', () => {
  it('are one per document and finding in each format', () => {
    expect(expected.length).toBe(entries().length + findings.length);
    expect(findings.length).toBeGreaterThan(100);
  });

  it('say what the frontmatter says, in every format', () => {
    const problems = expected.flatMap((want) => FORMATS.flatMap(({ ext }) => mismatches(want, ext, parsed.get(`${want.file}.${ext}`)!)));
    expect(problems, 'citations that differ from the frontmatter').toEqual([]);
  });

  it('have BibTeX keys of at most 40 characters, unique across the site, the same key in every format', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { file } of expected) {
      const keys = FORMATS.map(({ ext }) => parsed.get(`${file}.${ext}`)![0]?.['citation-key'] ?? parsed.get(`${file}.${ext}`)![0]?.id);
      const key = keys[1];
      if (!key || key.length > MAX_KEY_LENGTH) problems.push(`${file}.bib: key ${JSON.stringify(key)} (${key?.length ?? 0} characters)`);
      if (new Set(keys).size !== 1) problems.push(`${file}: keys differ between formats: ${keys.join(', ')}`);
      if (key && seen.has(key)) problems.push(`${file}: key ${key} is also ${seen.get(key)}'s`);
      if (key) seen.set(key, file);
    }
    expect(problems).toEqual([]);
  });
});

describe('citation downloads', () => {
  it('are linked, all three, from the page of each document and finding', () => {
    const unlinked = expected.flatMap(({ file, url }) => {
      const html = readFileSync(join(DIST, new URL(url).pathname, 'index.html'), 'utf8');
      return FORMATS.filter(({ ext }) => !html.includes(`href="/${file}.${ext}"`)).map(({ ext }) => `${new URL(url).pathname}: /${file}.${ext}`);
    });
    expect(unlinked, 'citation files not linked from their page').toEqual([]);
  });
});
