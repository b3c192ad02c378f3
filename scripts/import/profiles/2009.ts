import type { Profile } from '../profile';

export const profile2009: Profile = {
  id: '2009-unannounced-inspection-contact-referral-assessment',
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
};
