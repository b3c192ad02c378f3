import type { APIRoute } from 'astro';
import { loadDocuments } from '../../data/documents';
import { loadDatasets } from '../../data/open-data';
import { jsonResponse } from '../../data/responses';
import { dataPackage } from '../../model/datapackage';
import { addressOf } from '../../data/site-url';
import { loadSite } from '../../data/site';

/** The open data files described as a Frictionless Data Package (src/model/datapackage.ts). */
export const GET: APIRoute = async () =>
  jsonResponse(dataPackage({ siteUrl: addressOf('/'), site: await loadSite(), datasets: await loadDatasets(), documents: await loadDocuments() }));
