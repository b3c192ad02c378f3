import { describe, expect, it } from 'vitest';
import { currentIds, publishedIds } from '../../scripts/published-ids';

describe('published ids', () => {
  const published = publishedIds();
  const current = currentIds();

  it('lists every document that was ever published', () => {
    expect(Object.keys(current)).toEqual(expect.arrayContaining(Object.keys(published)));
  });

  for (const [document, ids] of Object.entries(published)) {
    it(`keeps every published id of ${document}`, () => {
      const now = new Set(current[document] ?? []);
      expect(ids.filter((id) => !now.has(id))).toEqual([]);
    });
  }

  it('records every id now in the text (run npm run ids after adding text)', () => {
    const missing = Object.entries(current).flatMap(([doc, ids]) =>
      ids.filter((id) => !(published[doc] ?? []).includes(id)).map((id) => `${doc}#${id}`),
    );
    expect(missing).toEqual([]);
  });
});
