import type { Profile } from '../profile';

export const profile2018Scrutiny: Profile = {
  id: '2018-scrutiny-committee-inspection-and-review',
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
};
