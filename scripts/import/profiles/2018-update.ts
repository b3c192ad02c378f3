import type { Profile } from '../profile';

export const profile2018Update: Profile = {
  id: '2018-post-inspection-update',
  source: '2018-council-post-inspection-update.txt',
  numbered: false,
  headings: [
    ['The experiences and progress of children who need help and protection', 2, 'help-and-protection'],
    ['The experiences and progress of children looked after and achieving permanence', 2, 'looked-after-and-permanence'],
    ['Adoption performance', 3],
    ['The experience and progress of care leavers', 3, 'care-leavers'],
    ['Leadership, management and governance', 2],
  ],
  framing: [['Appendix A - Ofsted Post Inspection update', 'appendix-title', 1]],
  tables: [
    {
      id: 'judgements',
      start: "Children's services in Lancashire require improvement to be good",
      until: 'During the course of the inspection',
      caption: true,
      head: ['Judgement', 'Grade'],
    },
  ],
  replacements: [],
  lostBullets: [],
  joinAfter: [],
  judgementTable: { id: 'judgements', statedIn: {} },
  frontmatter: {
    title: 'Appendix A: Ofsted Post Inspection update',
    shortTitle: '2018 post-inspection update',
    documentType: 'council-report',
    publisher: 'Lancashire County Council',
    framework: 'single-inspection-framework',
    inspected: { from: '2018-06', as: 'completed', source: 'p1' },
    issued: { date: '2018', as: 'undated' },
    original: {
      url: 'https://reports.ofsted.gov.uk/sites/default/files/documents/local_authority_reports/lancashire/071_Lancashire_Single%20inspection%20of%20LA%20childrens%20services.pdf',
      source: 'p17',
    },
    evidence: [
      { measure: "Children's cases looked at in detail", value: 152, quote: "looked at 152 children's cases in detail", source: 'p4' },
      { measure: 'Formal interviews and focus groups', value: 96, quote: 'completed 96 formal interviews and focus groups', source: 'p4' },
      { measure: 'Staff and partners involved in them', value: 268, quote: 'involving 268 staff and partners', source: 'p4' },
      { measure: 'Evidence documents submitted', value: 145, quote: '145 evidence documents were submitted', source: 'p4' },
      { measure: "Responses to inspectors' enquiries", value: 101, quote: '101 responses were provided in relation to enquiries from inspectors', source: 'p4' },
    ],
    summary:
      "The council's “Appendix A”, summarising Ofsted's four-week re-inspection of children's services, which it says Ofsted “completed” in June 2018, and Ofsted's report of it, published on 17 August 2018. It reports that overall effectiveness was judged requires improvement to be good (the council's 2015 letter had reported it as inadequate), and adoption good. For each judgement it gives what inspectors found improved and what it says still needs work, and it says an improvement plan addressing the report's 11 recommendations is in development and will be presented to Cabinet for approval in November 2018.",
    outcome: { text: 'Requires improvement to be good', source: 'p2' },
    judgements: [
      { area: 'Overall effectiveness', grade: 'Requires improvement to be good', rank: 3, source: 'p2', alsoStatedIn: ['judgements'] },
    ],
    notStated: [
      "The appendix is undated. It reports Ofsted's report of 17 August 2018 and says the improvement plan will go to Cabinet in November 2018.",
      "Ofsted's 2018 report itself is not among the documents we hold; the appendix gives its address. The report's 11 recommendations are not listed in the appendix.",
    ],
  },
};
