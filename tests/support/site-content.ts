/** content/site.yaml, as the build reads it: whose record this is, and the site's name (the built site is ./site.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from '../../src/model/site';
import { ROOT } from './project';

export const siteContent = (root = ROOT, file = 'content/site.yaml'): Site => siteSchema.parse(parse(readFileSync(join(root, file), 'utf8')));
