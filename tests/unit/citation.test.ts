/** The plain-text date lines of src/model/citation.ts. */
import { describe, expect, test } from 'vitest';
import { inspectionStatement } from '../../src/model/citation';

describe('inspectionStatement', () => {
  test('gives the span where the document states it', () => {
    expect(inspectionStatement({ from: '2012-01-23', to: '2012-02-03', as: 'held', source: 'cover-dates' })).toBe('23 January – 3 February 2012');
  });

  test('where the document says only when the inspection was completed, says so rather than present that month as its span', () => {
    expect(inspectionStatement({ from: '2018-06', as: 'completed', source: 'p1' })).toBe('Completed in June 2018');
  });
});
