import * as z from 'zod';
import { CustomerId, singleLine } from '../../../events/fields.js';
import { SaleLine } from '../../../events/sales.js';
import { recordSales } from '../../application/record-sales.js';
import { apiHandler } from '../../http/api-handler.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { BatchAnswerJson, batchAnswer, batchHandler, batchOf } from '../../http/sales-batch-request.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

// Customer ids reach statements and reports: a line gives one on one line.
const SaleLineBody = SaleLine.extend({ customerId: singleLine(CustomerId) });

export const SalesBody = z.strictObject({ lines: batchOf(SaleLineBody) });

export const route = defineRoute({
  name: 'sales-record',
  method: 'POST',
  path: '/sales',
  role: 'sales-system',
  body: 'json',
  summary: 'Record up to 1,000 sale lines; each is checked and recorded on its own, once per saleId.',
  uses: ['event-store:append'],
  request: {
    body: SalesBody,
    example: {
      body: {
        lines: [
          {
            saleId: 'INV-0048213-1',
            mpnId: '1234567',
            customerId: 'contoso-ltd',
            sku: 'M365-E5',
            quantity: 25,
            licenseType: 'Open',
            soldAt: '2026-07-15T14:30:00Z',
          },
        ],
      },
    },
  },
  responses: {
    200: {
      description: 'What became of each line: new, already known, or refused with its reason.',
      body: BatchAnswerJson,
      example: {
        accepted: 1,
        duplicates: 0,
        rejected: [
          {
            index: 1,
            saleId: 'INV-0048214-1',
            error: { code: 'sale-conflict', message: '...', details: {} },
          },
        ],
      },
    },
    400: { description: 'The body is not a list of 1 to 1,000 lines.' },
    401: { description: 'No sales-system credentials.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, batchHandler('lines', SaleLineBody, recordSales, deps, batchAnswer));

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
