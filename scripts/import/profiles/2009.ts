import type { Profile } from '../profile';

export const profile2009: Profile = {
  id: '2009-unannounced-inspection-contact-referral-assessment',
  source: '2009-12-02-ofsted-unannounced-inspection-letter.txt',
  numbered: false,
  headings: [
    ["Annual unannounced inspection of contact, referral and assessment arrangements within Lancashire County Council children's services", 2, 'subject'],
    ['Strengths', 3],
    ['Areas for development', 3],
  ],
  framing: [
    ['2 December 2009', 'letter-date'],
    ['Ms Helen Denton', 'address'],
    ['Dear Ms Denton', 'salutation'],
    ['Yours sincerely', 'sign-off'],
    ['Heather Brown', 'signatory'],
    ['Copy:', 'copies'],
  ],
  tables: [],
  replacements: [],
  lostBullets: [],
  joinAfter: [],
  frontmatter: {
    title: "Annual unannounced inspection of contact, referral and assessment arrangements within Lancashire County Council children's services",
    shortTitle: '2009 unannounced inspection letter',
    documentType: 'ofsted-letter',
    publisher: 'Ofsted',
    author: { name: 'Heather Brown', role: 'Divisional Manager, Social Care Safeguarding' },
    addressedTo: 'Ms Helen Denton, Executive Director for Children and Young People, Lancashire County Council',
    framework: 'unannounced-contact-referral-assessment',
    inspected: { from: '2009-11-03', to: '2009-11-04', source: 'p1' },
    issued: { date: '2009-12-02', as: 'letter', source: 'letter-date' },
    evidence: [{ measure: 'Offices visited', value: 3, quote: 'three offices visited', source: 'p4-4' }],
    summary:
      "Ofsted's letter after a two-day unannounced inspection, in November 2009, of how Lancashire's children's social care handled first contacts, referrals and assessments. It found no areas for priority action. It lists areas delivered satisfactorily in accordance with national guidance, such as the handling of first contacts by the contact centre; strengths, such as joint work with the police on domestic abuse and strong performance management; and areas for development: assessments not always timely, too few social workers and high caseloads in one office, processes that stretch front-line managers, unsuitable accommodation for one team, and supervision not always regular in one office.",
    outcome: { text: 'No areas for priority action', source: 'p2' },
    notStated: [
      "This inspection did not grade the service: it reported “no areas for priority action but some areas for development”.",
      'The letter does not say how many case records were sampled or how many staff inspectors spoke to.',
    ],
  },
};
