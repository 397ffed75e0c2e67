import { partnerStatementOf } from '../../application/partner-statements.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { CSV, JSON_TYPE, PDF } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { statementFile } from '../../http/statement-file.js';
import { PartnerStatementJson } from '../../http/statement-json.js';
import { reportChangedStatement, StatementQuery } from '../../http/statement-query.js';
import { wordsOfReader } from '../../i18n/reader.js';
import { readModelsProvider, storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'statements-get',
  method: 'GET',
  path: '/statements/{campaignId}',
  role: 'partner',
  body: 'none',
  summary: 'The partner’s statement for one campaign, as JSON, CSV or a PDF to keep.',
  uses: ['read-models:read', 'event-store:read'],
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

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, query, mpnId, logger, answer }) => {
    const app = deps();
    const asOf = query.asOf ?? app.clock.now();
    const campaignId = event.pathParameters?.campaignId ?? '';
    const replayed = await partnerStatementOf(app, campaignId, mpnId, asOf, reportChangedStatement(logger));
    if (!replayed.ok) return refusalResponse(replayed.refusal);
    const { statement, reader } = replayed;
    if (query.format === 'json') return answer(200, statement);
    // Files are for people: in the language and time zone the partner chose at sign-up.
    const words = wordsOfReader(reader);
    return statementFile(statement, query.format, words);
  });

export const handler = createHandler(
  routeRuntime(route, { 'read-models:read': readModelsProvider, 'event-store:read': storeProvider }),
);
