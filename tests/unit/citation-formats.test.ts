import { describe, expect, it } from 'vitest';
import {
  citationFiles,
  citationKey,
  citationPath,
  documentKey,
  escapeBibtex,
  ITEM_TYPES,
  MAX_KEY_LENGTH,
  shortPartId,
  toCslItem,
  toBibtex,
  toCslJson,
  toRis,
  type CitationInput,
} from '../../src/model/citation-formats';
import { bibtexText, parseBibtex, parseRis } from '../support/citations';

const report: CitationInput = {
  id: '2012-safeguarding-and-looked-after-children',
  doc: {
    title: 'Inspection of safeguarding and looked after children services: Lancashire',
    documentType: 'ofsted-report',
    publisher: 'Ofsted',
    issued: { date: '2012-03-09', as: 'published' },
  },
  url: 'https://records.example.gov.uk/inspections/2012-safeguarding-and-looked-after-children/',
};
const finding: CitationInput = { ...report, url: 'https://records.example.gov.uk/findings/x/p30/', part: { id: 'p30', label: 'paragraph 30' } };
const monthOnly: CitationInput = { ...report, id: 'm', doc: { ...report.doc, issued: { date: '2018-06', as: 'published' } } };
const undated: CitationInput = {
  id: '2018-post-inspection-update',
  doc: { title: 'Appendix A: {Ofsted} 100% _update_ & more', documentType: 'council-report', publisher: 'Lancashire County Council', issued: { date: '2018', as: 'undated' } },
  url: 'https://records.example.gov.uk/inspections/2018-post-inspection-update/',
};
const letter: CitationInput = {
  id: '2009-letter',
  doc: { title: 'A letter', documentType: 'ofsted-letter', publisher: 'Ofsted', issued: { date: '2009-12-02', as: 'letter' } },
  url: 'https://records.example.gov.uk/inspections/2009-letter/',
};

describe('citation paths', () => {
  it('name a file per document and per finding, in three formats', () => {
    expect(citationPath('d', 'ris')).toBe('/cite/d.ris');
    expect(citationPath('d', 'bib', 'p30')).toBe('/cite/d/p30.bib');
    expect(citationFiles('d', 'p30').map((f) => [f.label, f.path])).toEqual([
      ['RIS', '/cite/d/p30.ris'],
      ['BibTeX', '/cite/d/p30.bib'],
      ['CSL-JSON', '/cite/d/p30.json'],
    ]);
  });
});

describe('citation keys', () => {
  it('are publisher, year and the first word of the document id', () => {
    expect(documentKey(report.id, report.doc)).toBe('ofsted2012safeguarding');
    expect(documentKey(undated.id, undated.doc)).toBe('lancashire2018post');
    expect(documentKey('2015-the-council-letter', { publisher: 'Lancashire County Council', issued: { date: '2015-11-27', as: 'letter' } })).toBe(
      'lancashire2015council',
    );
  });

  it('fit a part in at most 40 characters, shortening its leading words to initials', () => {
    const long = 'main-findings-safeguarding-performance-management-and-quality-assurance';
    expect(citationKey({ ...report, part: { id: long, label: 'row' } })).toBe('ofsted2012safeguarding-mfspmq-assurance');
    expect(shortPartId('main-findings-safeguarding-partnership-working', 17)).toBe('mfsp-working');
    expect(shortPartId('p130', 17)).toBe('p130');
    expect(shortPartId('aaaa-bbbb-cccc-dddd-eeee-ffff', 3)).toBe('abc');
    expect(MAX_KEY_LENGTH).toBe(40);
  });

  it('are the same in RIS, BibTeX and CSL-JSON, as are the item types', () => {
    for (const input of [report, finding, letter, undated]) {
      const key = citationKey(input);
      const type = ITEM_TYPES[toCslItem(input).type];
      expect(parseRis(toRis(input)).get('ID')).toEqual([key]);
      expect(parseRis(toRis(input)).get('TY')).toEqual([type.ris]);
      expect(parseBibtex(toBibtex(input))).toMatchObject({ key, type: type.bibtex });
      expect(toCslItem(input).id).toBe(key);
    }
  });
});

describe('RIS', () => {
  it('has TY, TI, AU, PY, DA, UR and ER, parsed back', () => {
    const ris = parseRis(toRis(report));
    expect(ris.get('TY')).toEqual(['RPRT']);
    expect(ris.get('TI')).toEqual([report.doc.title]);
    expect(ris.get('AU')).toEqual(['Ofsted']);
    expect(ris.get('PY')).toEqual(['2012']);
    expect(ris.get('DA')).toEqual(['2012/03/09/']);
    expect(ris.get('UR')).toEqual([report.url]);
    expect(ris.get('ER')).toEqual(['']);
  });
  it('names the part cited and its own address', () => {
    const ris = parseRis(toRis(finding));
    expect(ris.get('TI')).toEqual([`${report.doc.title}, paragraph 30`]);
    expect(ris.get('UR')).toEqual([finding.url]);
  });
  it('gives a date only as precisely as the document states it', () => {
    expect(parseRis(toRis(monthOnly)).get('DA')).toEqual(['2018/06//']);
    const ris = parseRis(toRis(undated));
    expect(ris.has('PY')).toBe(false);
    expect(ris.has('DA')).toBe(false);
    expect(ris.get('N1')).toEqual(['Undated (2018)']);
  });
  it('types a letter as a letter (PCOMM)', () => {
    expect(parseRis(toRis(letter)).get('TY')).toEqual(['PCOMM']);
  });
});

describe('BibTeX', () => {
  it('is a @report with the organisation as author, parsed back', () => {
    const bib = parseBibtex(toBibtex(report));
    expect(bib.type).toBe('report');
    expect(bib.key).toBe('ofsted2012safeguarding');
    expect(bib.fields.get('author')).toBe('{Ofsted}');
    expect(bibtexText(bib.fields.get('title')!)).toBe(report.doc.title);
    expect(bib.fields.get('year')).toBe('2012');
    expect(bib.fields.get('month')).toBe('mar');
    expect(bib.fields.get('date')).toBe('2012-03-09');
    expect(bib.fields.get('url')).toBe(report.url);
  });
  it('is a @letter for a letter, without an institution, and a finding has its own key', () => {
    const bib = parseBibtex(toBibtex(letter));
    expect(bib.type).toBe('letter');
    expect(bib.fields.has('institution')).toBe(false);
    expect(parseBibtex(toBibtex(finding)).key).toBe('ofsted2012safeguarding-p30');
  });
  it('escapes braces and TeX specials, so the entry stays balanced', () => {
    expect(escapeBibtex('a {b} 100% c_d & e#f $g ~ ^ \\')).toBe(
      'a \\{b\\} 100\\% c\\_d \\& e\\#f \\$g \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const bib = parseBibtex(toBibtex(undated));
    expect(bibtexText(bib.fields.get('title')!)).toBe(undated.doc.title);
  });
  it('has no date for an undated document', () => {
    const bib = parseBibtex(toBibtex(undated));
    expect(bib.fields.has('year')).toBe(false);
    expect(bib.fields.has('date')).toBe(false);
    expect(bibtexText(parseBibtex(toBibtex(monthOnly)).fields.get('date')!)).toBe('2018-06');
  });
});

describe('CSL-JSON', () => {
  it('is an array of one report item, the organisation as a literal author', () => {
    const items = JSON.parse(toCslJson(report));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'ofsted2012safeguarding',
      'citation-key': 'ofsted2012safeguarding',
      type: 'report',
      title: report.doc.title,
      author: [{ literal: 'Ofsted' }],
      publisher: 'Ofsted',
      issued: { 'date-parts': [[2012, 3, 9]] },
      URL: report.url,
    });
  });
  it('has date-parts only as precise as the document states, and none when undated', () => {
    expect(JSON.parse(toCslJson(monthOnly))[0].issued).toEqual({ 'date-parts': [[2018, 6]] });
    expect(JSON.parse(toCslJson(undated))[0]).not.toHaveProperty('issued');
    expect(JSON.parse(toCslJson(letter))[0].type).toBe('personal_communication');
  });
});
