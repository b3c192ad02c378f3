import type { Profile } from '../profile';

export const profile2018Scrutiny: Profile = {
  id: '2018-scrutiny-committee-inspection-and-review',
  source: '2018-03-14-council-scrutiny-report-inspection-and-review.txt',
  numbered: false,
  headings: [
    ['Executive Summary', 2],
    ['Recommendation', 2],
    ['Background and Advice', 2],
    ['Key Messages', 2],
    ['Strengths', 3],
    ['Challenges', 3],
    ['Next Steps', 2],
    ['Monitoring and Governance', 3],
    ['Consultations', 2],
    ['Implications:', 2, 'implications'],
    ['Risk management', 3],
    ['Local Government (Access to Information) Act 1985', 2, 'access-to-information'],
    ['List of Background Papers', 3],
    ['Reason for inclusion in Part II, if appropriate', 3, 'reason-for-inclusion-in-part-ii'],
  ],
  framing: [
    ["Children's Services Scrutiny Committee", 'cover'],
    ['All', 'electoral-divisions'],
    ["Children's Services Inspection and Review", 'report-title'],
    ['Amanda Hatton', 'contact'],
  ],
  tables: [{ id: 'background-papers', start: 'Paper', until: 'Reason for inclusion', headRow: true }],
  replacements: [],
  lostBullets: [],
  joinAfter: [],
  frontmatter: {
    title: "Children's Services Inspection and Review",
    shortTitle: '2018 report to the Scrutiny Committee',
    documentType: 'council-report',
    publisher: 'Lancashire County Council',
    author: { name: 'Amanda Hatton', role: "Director of Children's Services (contact for further information)" },
    addressedTo: "Children's Services Scrutiny Committee",
    issued: { date: '2018-03-14', as: 'meeting', source: 'cover' },
    evidence: [
      { measure: 'External inspections or reviews since February 2017', value: 13, quote: '13 different external inspections or reviews', source: 'p5' },
      { measure: 'Ofsted monitoring visits', value: 4, quote: 'four monitoring visits by Ofsted', source: 'p5' },
    ],
    summary:
      "A council report to the Children's Services Scrutiny Committee for its meeting of 14 March 2018; it does not say who wrote it, and names Amanda Hatton, Director of Children's Services, as the contact for further information. It draws together the 13 external inspections and reviews of children's services since February 2017, including four Ofsted monitoring visits, Department for Education reviews and peer reviews. It sets out their common messages, strengths such as a robust audit framework and improving practice, and challenges such as capacity and consistency, and describes the improvement plan, its governance, and the full re-inspection it expects “any time from Easter”.",
    outcome: { text: 'No judgement: an account of 13 inspections and reviews since February 2017', source: 'p5' },
    notStated: [
      'This report gives no graded judgement.',
      "The appendices it refers to (the monitoring visit letters, the 12-week plan and the performance indicators, Appendices 'A' to 'E') are not among the documents we hold.",
      "The diagram of the governance structure that the report refers to (“depicted top left”) is not in the text we hold.",
    ],
  },
};
