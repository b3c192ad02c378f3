/** /data/findings.csv holds exactly the findings of /data/findings.json, with their kinds and themes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';

interface Finding { document: string; id: string; kind: string; themes: string[]; text: string; timescale?: string }


describe('findings data', () => {
  const json = JSON.parse(readFileSync('dist/data/findings.json', 'utf8')) as Finding[];
  const [head, ...rows] = parseCsv(readFileSync('dist/data/findings.csv', 'utf8'));
  const column = (name: string) => head!.indexOf(name);

  it('has one CSV row per finding, in the same order, with the same kind, themes and text', () => {
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      const f = json[i]!;
      expect([row[column('document')], row[column('id')], row[column('kind')], row[column('text')]]).toEqual([f.document, f.id, f.kind, f.text]);
      expect(row[column('themes')]).toBe(f.themes.join(';'));
    });
  });

  it('gives every finding a kind, and a timescale to the 2012 recommendations', () => {
    expect(json.every((f) => ['strength', 'satisfactory', 'development', 'recommendation', 'judgement', 'context'].includes(f.kind))).toBe(true);
    const recs = json.filter((f) => f.document.startsWith('2012') && f.kind === 'recommendation');
    expect(recs).toHaveLength(22);
    expect(recs.every((f) => /^(Immediately|Within (three|six) months)$/.test(f.timescale ?? ''))).toBe(true);
  });
});
