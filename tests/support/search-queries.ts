/**
 * Queries a reader might type, drawn from all five documents, each with the block
 * it should find: names, places, acronyms, topics, exact phrases and misspellings.
 * tests/browser/search.test.ts checks each lands in the first five results of the
 * search page; scripts/bench/search.ts times some of them.
 */
export interface SearchCase {
  query: string;
  /** The document id and the block id it should find. */
  document: string;
  id: string;
  /** What kind of query it is, to read the list by. */
  kind: 'name' | 'place' | 'acronym' | 'topic' | 'phrase' | 'typo' | 'number';
}

const D2009 = '2009-unannounced-inspection-contact-referral-assessment';
const D2012 = '2012-safeguarding-and-looked-after-children';
const D2015 = '2015-council-letter-to-stakeholders';
const D2018U = '2018-post-inspection-update';
const D2018S = '2018-scrutiny-committee-inspection-and-review';

export const SEARCH_CASES: SearchCase[] = [
  // 2009: Ofsted's unannounced inspection letter
  { query: 'Emergency Duty Team', document: D2009, id: 'p4-2', kind: 'name' },
  { query: 'forced marriages', document: D2009, id: 'p5-6', kind: 'topic' },
  { query: 'office accommodation cars', document: D2009, id: 'p5-10', kind: 'topic' },
  { query: 're-referrals', document: D2009, id: 'p5-7', kind: 'topic' },
  { query: 'Heather Brown', document: D2009, id: 'signatory', kind: 'name' },
  { query: '"regular and appropriate supervision"', document: D2009, id: 'p5-11', kind: 'phrase' },

  // 2012: Ofsted's full report
  { query: 'Royal Lancaster Infirmary governance', document: D2012, id: 'p23', kind: 'place' },
  { query: 'CAMHS', document: D2012, id: 'p13', kind: 'acronym' },
  { query: 'MASH', document: D2012, id: 'p14', kind: 'acronym' },
  { query: 'LADO', document: D2012, id: 'p25', kind: 'acronym' },
  { query: 'CART referrals', document: D2012, id: 'p18', kind: 'acronym' },
  { query: 'child death overview panel', document: D2012, id: 'p23', kind: 'topic' },
  { query: 'Burnley most deprived', document: D2012, id: 'p5', kind: 'place' },
  { query: 'dental health check', document: D2012, id: 'p102', kind: 'topic' },
  { query: 'virtual school head teacher', document: D2012, id: 'p113', kind: 'topic' },
  { query: '"Working Together To Safeguard Children"', document: D2012, id: 'p2-2', kind: 'phrase' },
  { query: 'Autistic Spectrum Disorder', document: D2012, id: 'p27', kind: 'topic' },
  { query: '388 foster care households', document: D2012, id: 'p7', kind: 'number' },
  { query: 'Addacton drop in', document: D2012, id: 'p59', kind: 'typo' },
  { query: 'supervision', document: D2012, id: 'p79', kind: 'topic' },

  // 2015: the council's letter to stakeholders
  { query: 'additional investment £5m', document: D2015, id: 'p6-1', kind: 'number' },
  { query: 'Trafford New Belongings', document: D2015, id: 'p6-6', kind: 'place' },
  { query: 'radicalisation', document: D2015, id: 'p9-6', kind: 'topic' },
  { query: '"honour based violence"', document: D2015, id: 'p9-7', kind: 'phrase' },
  { query: 'Post Inspection Improvement Board', document: D2015, id: 'p7', kind: 'name' },
  { query: 'Jo Turton', document: D2015, id: 'signatory', kind: 'name' },

  // 2018: the council's post-inspection update
  { query: "152 children's cases", document: D2018U, id: 'p4', kind: 'number' },
  { query: 'care leavers council tax', document: D2018U, id: 'p12', kind: 'topic' },
  { query: 'pathway plans', document: D2018U, id: 'p13', kind: 'topic' },
  { query: 'Children Awaiting Adoption Team', document: D2018U, id: 'p11', kind: 'name' },
  { query: 'Key Stage 4', document: D2018U, id: 'p9', kind: 'topic' },
  { query: 'adoption performance', document: D2018U, id: 'judgements-2-1', kind: 'topic' },

  // 2018: the report to the Scrutiny Committee
  { query: 'Easter re inspection', document: D2018S, id: 'p15', kind: 'topic' },
  { query: 'staff morale', document: D2018S, id: 'p8-1', kind: 'topic' },
  { query: 'fortnightly Ofsted Preparation group', document: D2018S, id: 'p17', kind: 'name' },
  { query: 'rolling 12 week plan', document: D2018S, id: 'p12', kind: 'number' },
  { query: 'peer reveiw monitoring visits', document: D2018S, id: 'p7-1', kind: 'typo' },
];
