import type { Profile } from '../profile';

export const profile2015: Profile = {
  id: '2015-council-letter-to-stakeholders',
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
};
