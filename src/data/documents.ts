/** The documents in time order (src/model/record-document.ts), and their judgements as rows: views of the checked record. */
import type { JudgementRow } from '../model/judgements';
import { judgementRowsOf } from '../model/record-document';
import { loadRecord, type RecordDocument } from './record';

export const loadDocuments = async (): Promise<RecordDocument[]> => (await loadRecord()).documents;

/** One row per judgement across the record, in time order: the open data and the charts read this. */
export const loadJudgementRows = async (): Promise<JudgementRow[]> => judgementRowsOf(await loadDocuments());
