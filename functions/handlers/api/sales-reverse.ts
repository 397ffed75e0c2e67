import * as z from 'zod';
import { SaleReversal } from '../../../events/sales.js';
import { reverseSales } from '../../application/record-sales.js';
import { apiHandler } from '../../http/api-handler.js';
import { ReversalsAnswerJson, reversalsAnswer } from '../../http/reversals-answer.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { batchHandler, batchOf } from '../../http/sales-batch-request.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const ReversalsBody = z.strictObject({ reversals: batchOf(SaleReversal) });

export const route = defineRoute({
  name: 'sales-reverse',
  method: 'POST',
  path: '/sales/reversals',
  role: 'sales-system',
  body: 'json',
  summary: 'Record up to 1,000 reversals (credit notes, returns) of recorded sale lines.',
  uses: ['event-store:append'],
  request: {
    body: ReversalsBody,
    example: {
      body: {
        reversals: [
          {
            reversalId: 'CN-0091-1',
            saleId: 'INV-0048213-1',
            quantity: 5,
            reversedAt: '2026-08-02T10:00:00Z',
          },
        ],
      },
    },
  },
  responses: {
    200: {
      description:
        'What became of each reversal, and which were sent without a reversalId (taken for this release only).',
      body: ReversalsAnswerJson,
      example: {
        accepted: 0,
        duplicates: 0,
        rejected: [
          {
            index: 0,
            saleId: 'INV-0048213-1',
            error: {
              code: 'reversal-exceeds-net-units',
              message: '...',
              details: { netUnits: 3, quantity: 5 },
            },
          },
        ],
        deprecations: [],
      },
    },
    400: { description: 'The body is not a list of 1 to 1,000 reversals.' },
    401: { description: 'No sales-system credentials.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, batchHandler('reversals', SaleReversal, reverseSales, deps, reversalsAnswer));

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
