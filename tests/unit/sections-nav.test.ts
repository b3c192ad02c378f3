import { describe, expect, it } from 'vitest';
import { currentSection, SECTIONS, sitePath } from '../../src/model/paths';

const current = (pathname: string) =>
  SECTIONS.map((s) => [s.label, currentSection(s, pathname)] as const).filter(([, c]) => c !== undefined);

describe('currentSection', () => {
  it('marks a section on its own page, and only that one', () => {
    expect(current(sitePath('/themes/'))).toEqual([['Themes', 'page']]);
    expect(current(sitePath('/'))).toEqual([['Documents', 'page']]);
  });

  it('marks the section a page belongs to', () => {
    expect(current(sitePath('/themes/care-leavers/'))).toEqual([['Themes', 'true']]);
    expect(current(sitePath('/inspections/2012-safeguarding-and-looked-after-children/'))).toEqual([['Documents', 'true']]);
    expect(current(sitePath('/findings/2012-safeguarding-and-looked-after-children/p7/'))).toEqual([['Documents', 'true']]);
  });

  it('marks none on a page outside the sections', () => {
    expect(current(sitePath('/search/'))).toEqual([]);
    expect(current(sitePath('/changes/'))).toEqual([]);
  });
});
