import type { Profile } from '../profile';

export const profile2015: Profile = {
  id: '2015-council-letter-to-stakeholders',
  source: '2015-11-27-council-stakeholder-letter-on-ofsted-inspection.txt',
  numbered: false,
  headings: [
    ['Ofsted inspection of services for children in need of help and protection, children looked after and care leavers', 2, 'subject'],
  ],
  framing: [
    ['Phone:', 'letterhead'],
    ['Dear Stakeholder', 'salutation'],
    ['Yours sincerely', 'sign-off'],
    ['Jo Turton', 'signatory'],
  ],
  tables: [],
  signatureImage:
    'A handwritten signature in black ink, consisting of several loops and a long horizontal stroke, positioned above a thin horizontal line.',
  replacements: [],
  lostBullets: [],
  joinAfter: ['by a Post Inspection'],
  frontmatter: {
    title: 'Ofsted inspection of services for children in need of help and protection, children looked after and care leavers',
    shortTitle: '2015 council letter to stakeholders',
    documentType: 'council-letter',
    publisher: 'Lancashire County Council',
    author: { name: 'Jo Turton', role: 'Chief Executive' },
    addressedTo: 'Stakeholders',
    framework: 'single-inspection-framework',
    inspected: { from: '2015-09-14', to: '2015-10-08', source: 'p3' },
    issued: { date: '2015-11-27', as: 'letter', source: 'letterhead' },
    original: { url: 'http://reports.ofsted.gov.uk/local-authorities/lancashire', source: 'p12' },
    evidence: [{ measure: 'Inspectors', value: 12, quote: 'involved 12 inspectors', source: 'p3' }],
    summary:
      "The county council's Chief Executive writes to stakeholders (“Dear Stakeholder”) that Ofsted's 2015 inspection, the council's first under the single inspection framework, judged the overall effectiveness of children's services inadequate. The letter lists the main issues the council says it will work to resolve and the actions it says it has taken since the inspection, among them an extra £5m for children's services agreed by the Cabinet. It says a Post Inspection Improvement Board with an independent chair will monitor the improvement plan. It lists the aspects of the services it says inspectors praised, and reports that the Local Safeguarding Children Board, inspected by Ofsted during the same period, was judged good.",
    outcome: { text: 'Inadequate', source: 'p1' },
    judgements: [
      { area: 'Overall effectiveness', grade: 'Inadequate', rank: 4, source: 'p1' },
      { area: "Lancashire's Safeguarding Children's Board (LSCB)", grade: 'Good', rank: 2, source: 'p10' },
    ],
    notStated: [
      "The letter states two judgements only: the overall effectiveness of children's services (inadequate) and the Local Safeguarding Children Board (good). The judgements for the separate areas of the 2015 inspection are not stated in any document we hold.",
      "The letter gives the inspection dates as 14 September to 8 October without a year. The year, 2015, follows from the letter's date, 27 November 2015, and from its words “since the end of the inspection last month”.",
      "Ofsted's 2015 report itself is not among the documents we hold; the letter gives its address.",
    ],
  },
};
