import type { Profile } from '../profile';

export const profile2018Update: Profile = {
  id: '2018-post-inspection-update',
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
};
