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
  kind: 'name' | 'place' | 'acronym' | 'topic' | 'phrase' | 'typo' | 'number' | QuestionKind;
}

/** How a reader's question differs from the document's words. */
export type QuestionKind =
  | 'how-many' // "how many …", answered by a number in the text
  | 'synonym' // words the text does not use ("rated", "late", "money")
  | 'acronym-out' // an abbreviation the text spells out (IRO, CSE, NEET)
  | 'acronym-in' // the words of an abbreviation the text uses (youth offending → YOS)
  | 'money' // money and numbers as readers write them (£5m, 5 million, 12 inspectors)
  | 'plural' // another form of the text's word (carers, adoptions, retaining)
  | 'misspelt' // a typo or a variant spelling
  | 'year'; // a year that picks the document


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

/**
 * Questions as a parent, councillor or journalist would type them, each with the
 * block that answers it. Written before the ranking was tuned for them (issue 12),
 * so they measure search, not the other way round.
 */
export const QUESTION_CASES: SearchCase[] = [
  // How many, and when
  { query: 'how many inspectors in 2015', document: D2015, id: 'p3', kind: 'how-many' },
  { query: 'how many inspectors in 2012', document: D2012, id: 'p1', kind: 'how-many' },
  { query: 'how many looked after children in 2012', document: D2012, id: 'p8', kind: 'how-many' },
  { query: 'how many children live in Lancashire', document: D2012, id: 'p4', kind: 'how-many' },
  { query: 'number of schools in Lancashire', document: D2012, id: 'p6', kind: 'how-many' },
  { query: 'how many foster households', document: D2012, id: 'p7', kind: 'how-many' },
  { query: 'how many recommendations in 2018', document: D2018U, id: 'p16', kind: 'how-many' },
  { query: 'how many staff did inspectors interview', document: D2018U, id: 'p4', kind: 'how-many' },
  { query: 'how many inspections since 2017', document: D2018S, id: 'p5', kind: 'how-many' },
  { query: '12 inspectors', document: D2015, id: 'p3', kind: 'money' },
  { query: 'when is the next full inspection expected', document: D2018S, id: 'p15', kind: 'synonym' },
  { query: 'report published August 2018', document: D2018U, id: 'p5', kind: 'year' },
  { query: 'when was the unannounced inspection carried out', document: D2009, id: 'p1', kind: 'synonym' },

  // Acronyms both ways
  { query: 'IRO caseloads', document: D2012, id: 'p97-4', kind: 'acronym-out' },
  { query: 'CSE', document: D2015, id: 'p9-2', kind: 'acronym-out' },
  { query: 'NEET care leavers', document: D2012, id: 'p156', kind: 'acronym-out' },
  { query: 'IRO 2018', document: D2018U, id: 'p8', kind: 'acronym-out' },
  { query: 'youth offending', document: D2012, id: 'p125', kind: 'acronym-in' },
  { query: 'CAF training', document: D2015, id: 'p9-5', kind: 'acronym-in' },
  { query: 'CAMHS waiting times', document: D2018U, id: 'p13', kind: 'acronym-in' },
  { query: 'department for education staff morale', document: D2018S, id: 'p8-1', kind: 'acronym-in' },
  { query: 'A&E safeguarding review', document: D2012, id: 'p28-2', kind: 'acronym-in' },

  // Words the text does not use
  { query: 'dental checks', document: D2012, id: 'p102', kind: 'plural' },
  { query: 'staff turnover', document: D2012, id: 'p148', kind: 'topic' },
  { query: 'adoption rated good', document: D2018U, id: 'judgements-2-1', kind: 'synonym' },
  { query: 'Lancashire rated inadequate', document: D2015, id: 'p1', kind: 'synonym' },
  { query: 'health assessments late', document: D2012, id: 'p97-1', kind: 'synonym' },
  { query: 'staff moving their cars', document: D2009, id: 'p5-10', kind: 'topic' },
  { query: 'laptops for children in care', document: D2012, id: 'p115', kind: 'topic' },
  { query: 'relationship with the courts', document: D2015, id: 'p9-12', kind: 'topic' },
  { query: 'director of childrens services email', document: D2018S, id: 'contact', kind: 'topic' },
  { query: 'scrutiny committee meeting March 2018', document: D2018S, id: 'cover', kind: 'year' },
  { query: 'equality and diversity outstanding', document: D2012, id: 'main-findings-safeguarding-equality-and-diversity', kind: 'topic' },
  { query: 'fostering service failing in 2007', document: D2012, id: 'p141', kind: 'year' },
  { query: 'review Morecambe Bay hospital urgently', document: D2012, id: 'p28-1', kind: 'topic' },
  { query: 'ethnic minority Pakistani heritage', document: D2012, id: 'p4', kind: 'topic' },
  { query: 'Gypsy and Traveller communities', document: D2012, id: 'p66', kind: 'topic' },
  { query: 'restorative justice', document: D2012, id: 'p125', kind: 'topic' },
  { query: 'GCSE results looked after children', document: D2012, id: 'p114', kind: 'topic' },
  { query: 'radicalisation in schools prevent', document: D2015, id: 'p9-6', kind: 'topic' },
  { query: 'dentist care leavers', document: D2018U, id: 'p13', kind: 'topic' },
  { query: 'new managers', document: D2018S, id: 'p8-6', kind: 'topic' },
  { query: 'domestic abuse 2018', document: D2018U, id: 'p15', kind: 'year' },

  // Money and numbers
  { query: '5 million investment', document: D2015, id: 'p6-1', kind: 'money' },
  { query: '£5 million extra for childrens services', document: D2015, id: 'p6-1', kind: 'money' },
  { query: '£5m', document: D2015, id: 'p6-1', kind: 'money' },

  // Other forms of the text's words
  { query: 'foster carers training', document: D2012, id: 'p134', kind: 'plural' },
  { query: 'number of adoptions risen', document: D2015, id: 'p9-13', kind: 'plural' },
  { query: 'retaining experienced social workers', document: D2015, id: 'p5-3', kind: 'plural' },
  { query: 'clinical psychologists', document: D2012, id: 'p97-10', kind: 'plural' },
  { query: 'quarterly updates to the committee', document: D2018S, id: 'p4', kind: 'plural' },
  { query: 'repeat referrals', document: D2012, id: 'p37', kind: 'plural' },
  { query: 'safe sleeping infant mortality', document: D2012, id: 'p49', kind: 'plural' },

  // Misspelt, or spelt another way
  { query: 'personal advisers', document: D2018U, id: 'p12', kind: 'misspelt' },
  { query: 'councel tax care leavers', document: D2018U, id: 'p12', kind: 'misspelt' },
  { query: 'imunisations', document: D2012, id: 'p102', kind: 'misspelt' },
  { query: 'four week reinspection', document: D2018U, id: 'p1', kind: 'misspelt' },
  { query: 'safegaurding training compliance', document: D2012, id: 'p28-5', kind: 'misspelt' },
];

/**
 * Probes written after the held-out set below was scored (30 November), and tuned for:
 * "how long", "who signed", "what did … find/say about". Kept apart from the questions
 * above, which were written before any tuning.
 */
export const PROBE_CASES: SearchCase[] = [
  { query: 'how long did the 2015 inspection last', document: D2015, id: 'p3', kind: 'year' },
  { query: 'who signed the 2009 letter', document: D2009, id: 'signatory', kind: 'synonym' },
  { query: 'who wrote the 2015 letter', document: D2015, id: 'signatory', kind: 'synonym' },
  { query: 'what did inspectors find about adoption in 2015', document: D2015, id: 'p9-13', kind: 'year' },
  { query: 'what did ofsted say about care leavers in 2018', document: D2018U, id: 'p12', kind: 'year' },
  { query: 'mental health waiting lists', document: D2018U, id: 'p13', kind: 'synonym' },
  { query: 'social worker workloads 2018', document: D2018U, id: 'p8', kind: 'year' },
];

/**
 * A second set, written as a held-out check (30 November 2026) before any tuning
 * for it: other wording and other topics of all five documents ("when did",
 * "rated", "how many", misspellings, acronyms both ways, numbers, a year). Its
 * score as first measured is the honest estimate of an unseen set's; the causes
 * of its misses were then fixed in general, never for one query.
 */
export const HELD_OUT_QUESTION_CASES: SearchCase[] = [
  { query: 'when did ofsted visit lancashire in 2009', document: D2009, id: 'p1', kind: 'year' },
  { query: 'social workers caseloads too high', document: D2009, id: 'p5-8', kind: 'synonym' },
  { query: 'domestic abuse protocol with police', document: D2009, id: 'p5-1', kind: 'synonym' },
  { query: '24 hour emergency cover', document: D2009, id: 'p4-2', kind: 'money' },
  { query: 'how many pupils get free school meals', document: D2012, id: 'p5', kind: 'how-many' },
  { query: 'how many childrens centres are there', document: D2012, id: 'p6', kind: 'how-many' },
  { query: 'what was being healthy rated in 2012', document: D2012, id: 'main-findings-looked-after-being-healthy', kind: 'synonym' },
  { query: 'teenage pregancy midwives', document: D2012, id: 'p104', kind: 'misspelt' },
  { query: 'MAPPA re-offending', document: D2012, id: 'p84', kind: 'acronym-in' },
  { query: 'complaints advocacy looked after children', document: D2012, id: 'p123', kind: 'plural' },
  { query: 'exclusions children in care', document: D2012, id: 'p117', kind: 'plural' },
  { query: 'CAMHS for disabled teenagers', document: D2012, id: 'p57', kind: 'synonym' },
  { query: 'special educational needs GCSE', document: D2012, id: 'p114', kind: 'acronym-in' },
  { query: 'fostering rated outstanding 2011', document: D2012, id: 'p141', kind: 'year' },
  { query: 'Ofstead rating 2015', document: D2015, id: 'p1', kind: 'misspelt' },
  { query: 'when did the 2015 inspection start', document: D2015, id: 'p3', kind: 'year' },
  { query: 'children missing from school strategy', document: D2015, id: 'p9-10', kind: 'plural' },
  { query: 'weekly performance reports', document: D2015, id: 'p6-4', kind: 'plural' },
  { query: 'local safeguarding children board judged good', document: D2015, id: 'p10', kind: 'acronym-in' },
  { query: 'KS4 results children looked after', document: D2018U, id: 'p9', kind: 'acronym-out' },
  { query: 'staying put former foster carers', document: D2018U, id: 'p12', kind: 'topic' },
  { query: 'teaching partnership with the university', document: D2018U, id: 'p14', kind: 'topic' },
  { query: 'when will the improvement plan go to cabinet', document: D2018U, id: 'p16', kind: 'synonym' },
  { query: 'SGO', document: D2018S, id: 'p15-9', kind: 'acronym-out' },
  { query: 'voice of the child', document: D2018S, id: 'p8-8', kind: 'plural' },
];

/** A question with every block that answers it: any of them counts, and rank 1 is the measure. */
export interface AnsweredCase {
  query: string;
  /** Blocks that answer it, as `document#id`, the best first. */
  answers: string[];
  kind: 'lay' | 'change' | 'grade' | 'how-long' | 'said' | 'noise' | 'acronym-out';
  /** A question about grades, which the page answers above the results from the record. */
  grades?: true;
}

const at = (document: string, ...ids: string[]) => ids.map((id) => `${document}#${id}`);

/**
 * Issue 23's quality set, written on 7 December 2026 from the documents themselves
 * (content/sources/*.txt) before any tuning for it: lay words for the documents'
 * terms both ways, questions about change and grades, "how long", "what did Ofsted
 * say in YEAR", and questions that letterhead, salutations, grade-scale rows and
 * bare grade lines answer only by accident. Each names every block that answers it.
 */
export const LAY_QUESTION_CASES: AnsweredCase[] = [
  // Readers' words for the documents' terms
  { query: 'education of children in care', answers: at(D2012, 'p114', 'p113', 'p95', 'p112'), kind: 'lay' },
  { query: 'school results for children in care', answers: [...at(D2012, 'p114'), ...at(D2018U, 'p8', 'p9')], kind: 'lay' },
  { query: 'how quickly are children adopted', answers: [...at(D2018U, 'p10'), ...at(D2012, 'p136')], kind: 'lay' },
  { query: 'how long do children wait for mental health help', answers: [...at(D2012, 'p57'), ...at(D2018U, 'p13')], kind: 'lay' },
  { query: 'training for foster parents', answers: at(D2012, 'p134', 'p151'), kind: 'lay' },
  { query: 'kids going missing from care', answers: [...at(D2012, 'p111', 'p34'), ...at(D2018U, 'p6')], kind: 'lay' },
  { query: 'children who run away from home', answers: [...at(D2012, 'p34', 'p111'), ...at(D2018U, 'p6')], kind: 'lay' },
  { query: 'social workers with too many cases', answers: [...at(D2009, 'p5-8'), ...at(D2015, 'p6-1'), ...at(D2012, 'p30')], kind: 'lay' },
  { query: 'money for young people leaving care', answers: [...at(D2012, 'p91', 'p97-9', 'p129', 'p130'), ...at(D2018U, 'p12')], kind: 'lay' },
  { query: 'health checks for children in care', answers: at(D2012, 'p101', 'p97-1', 'p98', 'p102'), kind: 'lay' },
  { query: 'jobs and training for care leavers', answers: [...at(D2018U, 'p13', 'p12'), ...at(D2012, 'p127', 'p129', 'p96')], kind: 'lay' },
  { query: 'mental health services for 16 and 17 year olds', answers: at(D2012, 'p57'), kind: 'lay' },
  { query: 'do children in care stay at the same school', answers: at(D2018U, 'p8'), kind: 'lay' },
  { query: 'grooming of children', answers: [...at(D2015, 'p9-2'), ...at(D2012, 'p30', 'p111'), ...at(D2009, 'p5-6')], kind: 'lay' },
  { query: 'children left at home too long with neglect', answers: at(D2012, 'p132'), kind: 'lay' },
  { query: 'keeping families together', answers: at(D2012, 'p132', 'p93', 'p140'), kind: 'lay' },
  { query: 'are childrens homes any good', answers: at(D2012, 'p31', 'p88', 'p107'), kind: 'lay' },
  { query: 'staff leaving', answers: [...at(D2012, 'p148'), ...at(D2015, 'p5-3'), ...at(D2018S, 'p8-1'), ...at(D2018U, 'p14')], kind: 'lay' },
  { query: 'hiring social workers', answers: [...at(D2012, 'p148', 'p40'), ...at(D2018U, 'p14')], kind: 'lay' },
  { query: 'do social workers see children on their own', answers: [...at(D2012, 'p109', 'p30', 'p135', 'p40'), ...at(D2015, 'p9-11')], kind: 'lay' },
  { query: 'unborn babies', answers: at(D2012, 'p30', 'p19'), kind: 'lay' },
  { query: 'cot deaths', answers: at(D2012, 'p49'), kind: 'lay' },
  { query: 'drugs and alcohol', answers: at(D2012, 'p104', 'p59'), kind: 'lay' },
  { query: 'children in care in trouble with the police', answers: at(D2012, 'p125'), kind: 'lay' },
  { query: 'can care leavers see a doctor and dentist', answers: at(D2018U, 'p13'), kind: 'lay' },
  { query: 'housing for care leavers', answers: [...at(D2018U, 'p12'), ...at(D2012, 'p130', 'p91')], kind: 'lay' },
  { query: 'bullying', answers: at(D2012, 'p32'), kind: 'lay' },
  { query: 'are children listened to', answers: [...at(D2015, 'p9-1'), ...at(D2012, 'p90', 'p135', 'p123'), ...at(D2018U, 'p8'), ...at(D2018S, 'p8-8')], kind: 'lay' },
  { query: 'budget cuts', answers: [...at(D2015, 'p6-1'), ...at(D2012, 'p87', 'p146', 'p74')], kind: 'lay' },
  { query: 'extra money for childrens services', answers: [...at(D2015, 'p6-1'), ...at(D2012, 'p40', 'p74')], kind: 'lay' },
  { query: 'violent fathers domestic violence programmes', answers: at(D2012, 'p39', 'p28-9'), kind: 'lay' },
  { query: 'exam results of children with special needs', answers: at(D2012, 'p114'), kind: 'lay' },
  { query: 'how many children were adopted', answers: [...at(D2015, 'p9-13'), ...at(D2018U, 'p10'), ...at(D2012, 'p136')], kind: 'lay' },

  // Change and grades
  { query: "did children's services improve", answers: [...at(D2018U, 'p2', 'p8'), ...at(D2012, 'p141')], kind: 'change', grades: true },
  { query: 'what was Lancashire rated in 2015', answers: at(D2015, 'p1'), kind: 'grade', grades: true },
  { query: 'inadequate rating', answers: at(D2015, 'p1'), kind: 'grade', grades: true },
  { query: 'was adoption good in 2018', answers: at(D2018U, 'p10', 'judgements-2-1'), kind: 'grade', grades: true },
  { query: 'requires improvement', answers: at(D2018U, 'p2'), kind: 'grade', grades: true },
  { query: 'health rating 2012', answers: at(D2012, 'p45', 'p98'), kind: 'grade', grades: true },
  { query: 'was it better in 2018 than in 2015', answers: at(D2018U, 'p2', 'p8'), kind: 'change', grades: true },
  { query: 'has care for looked after children got better', answers: [...at(D2018U, 'p8'), ...at(D2012, 'p141', 'p93')], kind: 'change' },
  { query: 'did the fostering service improve', answers: at(D2012, 'p17', 'p141'), kind: 'change' },
  { query: 'care leavers grade 2018', answers: at(D2018U, 'judgements-2-2', 'p12', 'p13'), kind: 'grade', grades: true },
  { query: 'how was leadership rated in 2018', answers: at(D2018U, 'p14', 'judgements-3'), kind: 'grade', grades: true },
  { query: 'safeguarding board judgement', answers: [...at(D2015, 'p10'), ...at(D2012, 'p20', 'p81')], kind: 'grade', grades: true },
  { query: 'how good were services for looked after children in 2012', answers: at(D2012, 'p86'), kind: 'grade', grades: true },
  { query: 'what was outstanding', answers: at(D2012, 'p61', 'p92', 'p139', 'p144', 'p21', 'p17'), kind: 'grade', grades: true },
  { query: 'was child protection good in 2012', answers: at(D2012, 'p15', 'p29', 'p74'), kind: 'grade', grades: true },

  // How long
  { query: 'how long did the 2018 inspection take', answers: at(D2018U, 'p1'), kind: 'how-long' },
  { query: 'how long did the 2009 inspection last', answers: at(D2009, 'p1'), kind: 'how-long' },
  { query: 'how long was the 2012 inspection', answers: at(D2012, 'cover-dates'), kind: 'how-long' },
  { query: 'how long to find an adoptive family', answers: [...at(D2012, 'p136'), ...at(D2018U, 'p10')], kind: 'how-long' },
  { query: 'how long before review reports are sent out', answers: at(D2012, 'p137', 'p97-7'), kind: 'how-long' },
  { query: 'delays in health assessments', answers: at(D2012, 'p101', 'p97-1'), kind: 'how-long' },

  // What Ofsted said, by year
  { query: 'what did Ofsted say in 2015', answers: at(D2015, 'p1', 'p8'), kind: 'said', grades: true },
  { query: 'what did Ofsted say in 2018', answers: at(D2018U, 'p2', 'p5'), kind: 'said', grades: true },
  { query: 'what did Ofsted say in 2012', answers: at(D2012, 'p15', 'p86'), kind: 'said', grades: true },
  { query: 'what did Ofsted say in 2009', answers: at(D2009, 'p2', 'p1'), kind: 'said' },
  { query: 'what needs to improve in 2018', answers: at(D2018U, 'p7', 'p9', 'p15', 'p11', 'p13'), kind: 'said' },
  { query: 'what went well in 2015', answers: at(D2015, 'p8', 'p9'), kind: 'said' },
  { query: 'what were the weaknesses in 2015', answers: at(D2015, 'p4', 'p5'), kind: 'said' },
  { query: 'what were the recommendations in 2012', answers: at(D2012, 'p28', 'p97'), kind: 'said' },

  // Letterhead, salutations, scale rows and bare grade lines answer these only by accident
  { query: 'Lancashire County Council 2015', answers: at(D2015, 'p1', 'p2'), kind: 'noise' },
  { query: 'letter from Ofsted 2009', answers: at(D2009, 'p1'), kind: 'noise' },
  { query: "children's services in Lancashire 2018", answers: at(D2018U, 'p2', 'p1'), kind: 'noise' },
  { query: 'where can I read the full report', answers: [...at(D2015, 'p12'), ...at(D2018U, 'p17')], kind: 'noise' },
  { query: 'stakeholders', answers: at(D2015, 'p1', 'p11'), kind: 'noise' },
  { query: 'Jo Turton chief executive', answers: at(D2015, 'signatory'), kind: 'noise' },

  // Abbreviations the documents spell out
  { query: 'CSE 2012', answers: at(D2012, 'p30', 'p111'), kind: 'acronym-out' },
  { query: 'LAC health', answers: at(D2012, 'p98', 'p101', 'p99'), kind: 'acronym-out' },
];

/**
 * A fresh set (issue 23, stop 23), written on 7 December 2026 at 17:25 before any ranking change of
 * that stop, from thirty blocks drawn at random (paragraphs, points and rows; seed 1207) and a lay
 * question for each, every block that answers it named: a check that a change helps questions in
 * general, not the ones it was made for.
 */
export const FRESH_QUESTION_CASES: AnsweredCase[] = [
  { query: 'exclusions of children in care placed out of county', answers: at(D2012, 'p117'), kind: 'lay' },
  { query: 'are case records kept up to date', answers: at(D2012, 'p138'), kind: 'lay' },
  { query: 'what was the overall judgement in 2018', answers: [...at(D2018U, 'p2', 'judgements')], kind: 'grade' },
  { query: 'out of hours and walk-in health services', answers: at(D2012, 'p28-2'), kind: 'lay' },
  { query: 'leaving care transition to independence', answers: at(D2015, 'p5-10'), kind: 'lay' },
  { query: 'support for newly qualified social workers', answers: [...at(D2012, 'p70'), ...at(D2015, 'p5-3')], kind: 'lay' },
  { query: 'how is compliance monitored', answers: at(D2015, 'p6-4'), kind: 'lay' },
  { query: 'how was equality and diversity judged for looked after children', answers: at(D2012, 'main-findings-looked-after-equality-and-diversity'), kind: 'grade' },
  { query: 'training courses for social workers', answers: at(D2012, 'p70', 'p149'), kind: 'lay' },
  { query: 'how good is the police work on child protection', answers: at(D2012, 'p83'), kind: 'lay' },
  { query: 'children missing school', answers: at(D2015, 'p9-10'), kind: 'lay' },
  { query: 'how good is partnership working', answers: at(D2012, 'p80', 'main-findings-safeguarding-partnership-working'), kind: 'grade' },
  { query: 'when did the 2018 re-inspection take place', answers: at(D2018U, 'p1'), kind: 'how-long' },
  { query: 'what did the Department for Education say', answers: at(D2018S, 'p9', 'p10'), kind: 'said' },
  { query: 'children looked after rating 2018', answers: at(D2018U, 'judgements-2'), kind: 'grade' },
  { query: 'are assessments done by qualified social workers', answers: at(D2009, 'p4-4'), kind: 'lay' },
  { query: 'how many hospital trusts serve Lancashire', answers: at(D2012, 'p12'), kind: 'lay' },
  { query: 'are children placed in homes judged good', answers: at(D2012, 'p88'), kind: 'grade' },
  { query: 'leadership of services for children in care', answers: at(D2012, 'p145'), kind: 'lay' },
  { query: 'police and the MASH', answers: at(D2012, 'p14'), kind: 'lay' },
  { query: 'childrens wishes and feelings', answers: at(D2012, 'p90', 'p28-7'), kind: 'lay' },
  { query: 'support for adoptive families', answers: at(D2015, 'p9-13'), kind: 'lay' },
  { query: 'corporate parenting', answers: at(D2012, 'p144', 'p121', 'p156'), kind: 'lay' },
  { query: 'failing fostering service', answers: at(D2012, 'p17', 'p141'), kind: 'lay' },
  { query: 'was the councils ambition outstanding', answers: at(D2012, 'p61', 'p139', 'main-findings-safeguarding-ambition-and-prioritisation', 'main-findings-looked-after-ambition-and-prioritisation'), kind: 'grade' },
  { query: 'grants for care leavers setting up home', answers: at(D2012, 'p91'), kind: 'lay' },
  { query: 'children going missing from care', answers: at(D2012, 'p111'), kind: 'lay' },
  { query: 'high risk domestic violence cases', answers: at(D2012, 'p84'), kind: 'lay' },
  { query: 'how good were child protection responses', answers: at(D2012, 'p19'), kind: 'lay' },
  { query: 'how well supported are new staff', answers: [...at(D2012, 'p70'), ...at(D2015, 'p5-3')], kind: 'lay' },
];

/** Every query with the one block it should find: the sets the tests hold to the first five results. */
export const ALL_CASES: SearchCase[] = [...SEARCH_CASES, ...QUESTION_CASES, ...PROBE_CASES, ...HELD_OUT_QUESTION_CASES];
