import { partnerStatementOf } from '../../application/partner-statements.js';
import { statementCsv } from '../../format/statement-csv.js';
import { statementPdf } from '../../format/statement-pdf.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { download, json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { reportChangedStatement, StatementQuery } from '../../http/statement-query.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const route = defineRoute({
  name: 'statements-get',
  method: 'GET',
  path: '/statements/{campaignId}',
  role: 'partner',
  body: 'none',
  summary: 'The partner’s statement for one campaign, as JSON, CSV or a PDF to keep.',
  uses: ['event-store:read'],
  request: { query: StatementQuery, example: { query: { format: 'pdf' } } },
  responses: {
    200: { description: 'The statement (a file for csv and pdf).' },
    400: { description: 'A query parameter is malformed.' },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign, or the partner is not registered for it.' },
  },
});

const fileStamp = (asOf: string) => asOf.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, mpnId, logger }) => {
    const query = parseRequest(StatementQuery, event.queryStringParameters, 'query');
    const { store, clock } = deps();
    const asOf = query.asOf ?? clock.now();
    const doc = await partnerStatementOf(
      store,
      event.pathParameters?.campaignId ?? '',
      mpnId,
      asOf,
      reportChangedStatement(logger),
    );
    const name = `statement-${doc.campaignId}-${mpnId}-${fileStamp(asOf)}`;
    if (query.format === 'csv') return download(`${name}.csv`, 'text/csv; charset=utf-8', statementCsv(doc));
    if (query.format === 'pdf') {
      const pdf = Buffer.from(await statementPdf(doc)).toString('base64');
      return { ...download(`${name}.pdf`, 'application/pdf', pdf), isBase64Encoded: true };
    }
    return json(200, doc);
  });

export const handler = createHandler(storeRuntime);
