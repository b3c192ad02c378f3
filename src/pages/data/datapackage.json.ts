import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { loadDatasets } from '../../data/open-data';
import { jsonResponse } from '../../data/responses';
import { dataPackage } from '../../model/datapackage';
import { absoluteUrl } from '../../model/metadata';

/** The open data files described as a Frictionless Data Package (src/model/datapackage.ts). */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse(dataPackage({ siteUrl: absoluteUrl(site!, import.meta.env.BASE_URL, '/'), datasets: await loadDatasets(), documents: await loadDocuments() }));
