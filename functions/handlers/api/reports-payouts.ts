import * as z from 'zod';
import type { Statement } from '../../../domain/payouts/statement.js';
import { CampaignId, Cents } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { financeReport, openFlagsOf } from '../../application/payouts/payout-report.js';
import { fileStamp, toCsv } from '../../format/csv.js';
import { dollars } from '../../format/money.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { FraudFlagJson } from '../../http/fraud-flag-json.js';
import { CSV, download, JSON_TYPE } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { StatementJson } from '../../http/statement-json.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const ReportQuery = z.strictObject({
  campaignId: CampaignId.optional(),
  asOf: Instant.optional(),
  format: z.enum(['json', 'csv'], { message: "must be 'json' or 'csv'" }).default('json'),
});

/** The statements as the payout simulator prints them, their total, and the flags on their partners. */
export const ReportJson = z.strictObject({
  asOf: Instant,
  statements: z.array(StatementJson),
  totalCents: Cents,
  flags: z.array(FraudFlagJson),
});

export const route = defineRoute({
  name: 'reports-payouts',
  method: 'GET',
  path: '/reports/payouts',
  role: 'finance',
  body: 'none',
  summary:
    'Projected payout statements, replayed from the events recorded up to `asOf` (default: now), for one campaign or all.',
  uses: ['event-store:read'],
  request: {
    query: ReportQuery,
    example: { query: { campaignId: 'm365-e5-upsell-fy27q1', format: 'json' } },
  },
  responses: {
    200: {
      description:
        'The statements as the payout simulator prints them, and the fraud flags on their partners (JSON); or one CSV row per statement, with its count of flags.',
      contentTypes: [JSON_TYPE, CSV],
      body: ReportJson,
      example: {
        asOf: '2026-11-01T00:00:00Z',
        statements: [
          {
            campaignId: 'm365-e5-upsell-fy27q1',
            mpnId: '1234567',
            registrationStatus: 'approved',
            eligibleUnits: 40,
            count: 2,
            amountCents: 160000,
            potentialCents: 160000,
            lines: [{ saleId: 'INV-0048213-1', sku: 'M365-E5', units: 25, amountCents: 100000 }],
            excluded: [{ saleId: 'INV-0048299-1', reason: 'licence-not-eligible' }],
          },
        ],
        totalCents: 160000,
        flags: [],
      },
    },
    400: { description: 'A query parameter is malformed.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such campaign.' },
  },
});

const CSV_HEADER = [
  'campaignId',
  'mpnId',
  'registrationStatus',
  'eligibleUnits',
  'count',
  'amount',
  'amountCents',
  'potential',
  'potentialCents',
  'paidLines',
  'excludedLines',
  'fraudFlags',
  'flaggedSaleIds',
];

const csvRow = (s: Statement) => [
  s.campaignId,
  s.mpnId,
  s.registrationStatus,
  s.eligibleUnits,
  s.count,
  dollars(s.amountCents),
  s.amountCents,
  dollars(s.potentialCents),
  s.potentialCents,
  s.lines.length,
  s.excluded.length,
];

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const { store, clock } = deps();
    const asOf = query.asOf ?? clock.now();
    const found = await financeReport(store, { campaignId: query.campaignId, asOf });
    if (!found.ok) return refusalResponse(found.refusal);
    const { report } = found;
    if (query.format === 'json') return answer(200, report);
    const name = `payouts-${query.campaignId ?? 'all-campaigns'}-${fileStamp(asOf)}.csv`;
    const flagColumns = (s: Statement) => {
      const open = openFlagsOf(report.flags, s);
      return [open.length, [...new Set(open.flatMap((f) => f.saleIds))].join(' ')];
    };
    return download(
      name,
      CSV,
      toCsv(
        CSV_HEADER,
        report.statements.map((s) => [...csvRow(s), ...flagColumns(s)]),
      ),
    );
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
