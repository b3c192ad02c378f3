/** /data/findings.csv holds exactly the findings of /data/findings.json, with their kinds and themes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv';

interface Finding { document: string; id: string; kind: string; reading: string | null; readingWords: string[]; themes: string[]; themeWords: Record<string, string>; text: string; timescale?: string }


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
      expect([row[column('reading')], row[column('readingWords')], row[column('themeWords')]]).toEqual([
        f.reading ?? '',
        f.readingWords.join(' | '),
        f.themes.map((t) => `${t}: ${f.themeWords[t]}`).join(' | '),
      ]);
    });
  });

  it('gives every finding our reading, resting on its own words, and at most three reviewed themes, each with its words', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
    const wrong = json.filter(
      (f) =>
        !['positive', 'mixed', 'negative', 'background'].includes(f.reading ?? '') ||
        f.readingWords.some((w) => !squash(f.text).includes(squash(w))) ||
        f.themes.length > 3 ||
        Object.keys(f.themeWords).join() !== f.themes.join(),
    );
    expect(wrong.map((f) => `${f.document}#${f.id}`)).toEqual([]);
  });

  it('gives every finding a kind, and a timescale to the 2012 recommendations', () => {
    expect(json.every((f) => ['strength', 'satisfactory', 'development', 'recommendation', 'judgement', 'unlabelled'].includes(f.kind))).toBe(true);
    const recs = json.filter((f) => f.document.startsWith('2012') && f.kind === 'recommendation');
    expect(recs).toHaveLength(22);
    expect(recs.every((f) => /^(Immediately|Within (three|six) months)$/.test(f.timescale ?? ''))).toBe(true);
  });
});
