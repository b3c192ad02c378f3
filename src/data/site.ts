/** Whose record this is (content/site.yaml), checked against the documents by the record's loader. */
import type { Site } from '../model/site';
import { loadRecord } from './record';

export const loadSite = async (): Promise<Site> => (await loadRecord()).site;
