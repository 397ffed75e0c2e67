import type { PartnerStatementDocument } from '../application/partner-statements.js';
import { statementCsv } from '../format/statement-csv.js';
import { statementPdf } from '../format/statement-pdf.js';
import type { Words } from '../i18n/words.js';
import type { ApiResult } from './api-event.js';
import { CSV, download, PDF } from './responses.js';

const fileStamp = (asOf: string) => asOf.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/**
 * A statement as a file to keep, in the reader's words: the API's `?format=` and the portal's
 * downloads answer the same file, named `statement-<campaignId>-<mpnId>-<asOf>`.
 */
export async function statementFile(
  doc: PartnerStatementDocument,
  format: 'csv' | 'pdf',
  w: Words,
): Promise<ApiResult> {
  const name = `statement-${doc.campaignId}-${doc.mpnId}-${fileStamp(doc.asOf)}`;
  if (format === 'csv') return download(`${name}.csv`, CSV, statementCsv(doc, w));
  const pdf = Buffer.from(await statementPdf(doc, w)).toString('base64');
  return { ...download(`${name}.pdf`, PDF, pdf), isBase64Encoded: true };
}
