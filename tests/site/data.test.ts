/**
 * The open data files the site publishes: they must exist, every reference in
 * them must lead to a real paragraph or row on a built page, and the CSV must
 * say exactly what the JSON says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath } from '../../src/model/paths';
import { brokenTarget } from '../support/html';
import { DIST, SITE } from '../support/site';
import { parseCsv } from '../support/csv';

const JUDGEMENTS_JSON = '/data/judgements.json';
const JUDGEMENTS_CSV = '/data/judgements.csv';
const FINDINGS_JSON = '/data/findings.json';
const CSV_COLUMNS = ['document', 'year', 'framework', 'group', 'area', 'grade', 'rank', 'source'] as const;

type Row = Record<string, unknown>;

function read(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is not in the built site (expected ${file})`);
  return readFileSync(file, 'utf8');
}

/** The records in a JSON data file: a top-level array, or the one array in a top-level object. */
function rowsOf(path: string): Row[] {
  const data: unknown = JSON.parse(read(path));
  if (Array.isArray(data)) return data as Row[];
  if (data && typeof data === 'object') {
    const arrays = Object.entries(data).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1) return arrays[0]![1] as Row[];
    throw new Error(`${path}: expected an array, or an object holding one array; found arrays at ${arrays.map(([k]) => k).join(', ') || 'none'}`);
  }
  throw new Error(`${path}: expected an array of records`);
}


/**
 * Why a `source` or `url` value does not resolve to a page and an id on it, or undefined.
 * Accepts a site path with a fragment ("/inspections/x/#p15"), a full URL on the
 * site, or a bare block id ("p15"), which is read as on the record's own document page.
 */
function unresolved(value: unknown, row: Row): string | undefined {
  if (typeof value !== 'string' || value === '') return `not a non-empty string: ${JSON.stringify(value)}`;
  let url = value;
  if (/^https?:\/\//.test(url)) {
    if (new URL(url).origin !== new URL(SITE).origin) return `${value}: not on the site (${SITE})`;
    const u = new URL(url);
    url = u.pathname + u.hash;
  } else if (!url.startsWith('/')) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(url)) return `${value}: neither a site URL nor a block id`;
    if (typeof row.document !== 'string') return `${value}: a bare block id, but the record has no "document" to find it in`;
    url = `${documentPath(row.document)}#${url}`;
  }
  if (!url.includes('#')) return `${value}: points at a page, not at a block on it (no #id)`;
  const problem = brokenTarget(url);
  return problem && `${value}: ${problem}`;
}

/** Every `source` and `url` value anywhere in each record, with where it is. */
function references(rows: Row[]): { where: string; value: unknown; row: Row }[] {
  const found: { where: string; value: unknown; row: Row }[] = [];
  const visit = (node: unknown, where: string, row: Row) => {
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, `${where}[${i}]`, row));
    else if (node && typeof node === 'object') {
      for (const [key, v] of Object.entries(node)) {
        if ((key === 'source' || key === 'url') && (typeof v !== 'object' || v === null)) found.push({ where: `${where}.${key}`, value: v, row });
        else visit(v, `${where}.${key}`, row);
      }
    }
  };
  rows.forEach((row, i) => visit(row, `[${i}]`, row));
  return found;
}


describe(`${JUDGEMENTS_JSON}`, () => {
  it('exists and holds judgements', () => {
    expect(rowsOf(JUDGEMENTS_JSON).length).toBeGreaterThan(0);
  });

  it('has a source for every judgement, and each resolves to a block on a built page', () => {
    const rows = rowsOf(JUDGEMENTS_JSON);
    const refs = references(rows);
    const missing = rows.flatMap((row, i) => (row.source === undefined ? [`[${i}] ${JSON.stringify(row).slice(0, 120)}`] : []));
    expect(missing, 'judgements with no "source"').toEqual([]);
    const broken = refs.flatMap((r) => unresolved(r.value, r.row) ?? []).map(String);
    expect(broken, `unresolved sources/urls in ${JUDGEMENTS_JSON}`).toEqual([]);
  });
});

describe(`${JUDGEMENTS_CSV}`, () => {
  it(`has exactly the header ${CSV_COLUMNS.join(',')}`, () => {
    const [header] = parseCsv(read(JUDGEMENTS_CSV));
    expect(header?.join(',')).toBe(CSV_COLUMNS.join(','));
  });

  it(`has the same rows as ${JUDGEMENTS_JSON}, in the same order`, () => {
    const [, ...csvRows] = parseCsv(read(JUDGEMENTS_CSV));
    const jsonRows = rowsOf(JUDGEMENTS_JSON).map((row) =>
      CSV_COLUMNS.map((column) => (row[column] === undefined || row[column] === null ? '' : String(row[column]))),
    );
    expect(csvRows.length, 'CSV rows (after the header) vs JSON records').toBe(jsonRows.length);
    expect(csvRows).toEqual(jsonRows);
  });
});

describe(`${FINDINGS_JSON}`, () => {
  it('exists and holds findings', () => {
    expect(rowsOf(FINDINGS_JSON).length).toBeGreaterThan(0);
  });

  it('has a url for every finding, and each resolves to a block on a built page', () => {
    const rows = rowsOf(FINDINGS_JSON);
    const refs = references(rows);
    const missing = rows.flatMap((row, i) => (row.url === undefined ? [`[${i}] ${JSON.stringify(row).slice(0, 120)}`] : []));
    expect(missing.slice(0, 20), 'findings with no "url"').toEqual([]);
    const broken = refs.flatMap((r) => unresolved(r.value, r.row) ?? []).map(String);
    expect(broken.slice(0, 50), `unresolved sources/urls in ${FINDINGS_JSON} (first 50 of ${broken.length})`).toEqual([]);
  });
});
