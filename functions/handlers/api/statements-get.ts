import { partnerStatementOf } from '../../application/partner-statements.js';
import { statementCsv } from '../../format/statement-csv.js';
import { statementPdf } from '../../format/statement-pdf.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { CSV, download, JSON_TYPE, PDF } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { PartnerStatementJson } from '../../http/statement-json.js';
import { reportChangedStatement, StatementQuery } from '../../http/statement-query.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

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
    200: {
      description: 'The statement as JSON, or a file to keep for csv and pdf.',
      contentTypes: [JSON_TYPE, CSV, PDF],
      body: PartnerStatementJson,
    },
    400: { description: 'A query parameter is malformed.' },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign, or the partner is not registered for it.' },
  },
});

const fileStamp = (asOf: string) => asOf.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, query, mpnId, logger, answer }) => {
    const app = deps();
    const asOf = query.asOf ?? app.clock.now();
    const campaignId = event.pathParameters?.campaignId ?? '';
    const replayed = await partnerStatementOf(app, campaignId, mpnId, asOf, reportChangedStatement(logger));
    if (!replayed.ok) return refusalResponse(replayed.refusal);
    const doc = replayed.statement;
    const name = `statement-${doc.campaignId}-${mpnId}-${fileStamp(asOf)}`;
    if (query.format === 'csv') return download(`${name}.csv`, CSV, statementCsv(doc));
    if (query.format === 'pdf') {
      const pdf = Buffer.from(await statementPdf(doc)).toString('base64');
      return { ...download(`${name}.pdf`, PDF, pdf), isBase64Encoded: true };
    }
    return answer(200, doc);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
