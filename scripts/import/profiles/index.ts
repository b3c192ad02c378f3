import type { Profile } from '../profile';
import { profile2009 } from './2009';
import { profile2012 } from './2012';
import { profile2015 } from './2015';
import { profile2018Scrutiny } from './2018-scrutiny';
import { profile2018Update } from './2018-update';

export const profiles: Profile[] = [profile2009, profile2012, profile2015, profile2018Scrutiny, profile2018Update];
