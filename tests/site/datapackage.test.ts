/**
 * /data/datapackage.json: a Frictionless Data Package that describes every data
 * file under /data/, and whose CSV schemas match the files: the same columns in
 * the same order, and every value of the stated type and constraints.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';
import { filesUnder } from '../support/pages';
import { DIST } from '../support/server';

interface Field {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number };
  trueValues?: string[];
  falseValues?: string[];
}
interface Resource { name: string; path: string; format: string; profile: string; mediatype: string; schema?: { fields: Field[] } }

const DATA = join(DIST, 'data');
const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
  profile: string;
  name: string;
  licenses: { title: string; path: string }[];
  resources: Resource[];
};

function dataFiles(dir: string): string[] {
  return filesUnder(dir)
    .map((full) => relative(DATA, full).split(sep).join('/'))
    .filter((path) => /\.(csv|json)$/.test(path) && path !== 'datapackage.json');
}

describe('the data package', () => {
  it('is a data package with a valid name and licence terms', () => {
    expect(pkg.profile).toBe('data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(pkg.licenses[0]!.title).toMatch(/Crown copyright/);
  });

  it('describes every data file under /data/, once, with unique resource names', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(dataFiles(DATA).sort());
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9._-]+$/);
  });

  for (const resource of pkg.resources) {
    it(`${resource.path}: ${resource.format === 'csv' ? 'its schema matches the columns and values' : 'parses as JSON'}`, () => {
      const text = readFileSync(join(DATA, resource.path), 'utf8');
      if (resource.format === 'json') {
        expect(resource.mediatype).toBe('application/json');
        expect(() => JSON.parse(text)).not.toThrow();
        return;
      }
      expect(resource.profile).toBe('tabular-data-resource');
      const fields = resource.schema!.fields;
      for (const field of fields) {
        expect(['string', 'integer', 'boolean']).toContain(field.type);
        expect(field.description.length, `${field.name} has a description`).toBeGreaterThan(10);
      }
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(fields.map((f) => f.name));
      for (const [r, row] of rows.entries()) {
        fields.forEach((field, i) => {
          const value = row[i] ?? '';
          const where = `${resource.path} row ${r + 2} ${field.name}=${JSON.stringify(value)}`;
          if (value === '') {
            expect(field.constraints?.required, where).not.toBe(true);
            return;
          }
          if (field.type === 'integer') {
            expect(value, where).toMatch(/^-?\d+$/);
            const n = Number(value);
            if (field.constraints?.minimum !== undefined) expect(n, where).toBeGreaterThanOrEqual(field.constraints.minimum);
            if (field.constraints?.maximum !== undefined) expect(n, where).toBeLessThanOrEqual(field.constraints.maximum);
          }
          if (field.type === 'boolean') expect([...field.trueValues!, ...field.falseValues!], where).toContain(value);
          if (field.constraints?.enum) expect(field.constraints.enum, where).toContain(value);
        });
      }
    });
  }
});

describe('the data page', () => {
  const html = readFileSync(join(DATA, 'index.html'), 'utf8');
  it('links the data package and every main file, and explains licence and ids', () => {
    expect(html).toContain('href="/data/datapackage.json"');
    for (const resource of pkg.resources.filter((r) => !r.path.startsWith('themes/'))) {
      expect(html).toContain(`href="/data/${resource.path}"`);
    }
    expect(html).toContain('id="licence"');
    expect(html).toContain('id="ids"');
  });
  it('is linked from the footer of every page', () => {
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('<a href="/data/">Open data</a>');
  });
});
