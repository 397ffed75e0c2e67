import * as z from 'zod';
import type { StatementSummary } from '../../../domain/payouts/statement-summary.js';
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
import { StatementSummaryJson } from '../../http/statement-json.js';
import { readModelsProvider, storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const ReportQuery = z.strictObject({
  campaignId: CampaignId.optional(),
  asOf: Instant.optional(),
  format: z.enum(['json', 'csv'], { message: "must be 'json' or 'csv'" }).default('json'),
});

/** One summed-up statement per registration, their total, and the flags on their partners. */
export const ReportJson = z.strictObject({
  asOf: Instant,
  statements: z.array(StatementSummaryJson),
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
  uses: ['read-models:read', 'event-store:read'],
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
            paidLines: 2,
            excludedLines: 1,
            excludedByReason: { 'licence-not-eligible': 1 },
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

const csvRow = (s: StatementSummary) => [
  s.campaignId,
  s.mpnId,
  s.registrationStatus,
  s.eligibleUnits,
  s.count,
  dollars(s.amountCents),
  s.amountCents,
  dollars(s.potentialCents),
  s.potentialCents,
  s.paidLines,
  s.excludedLines,
];

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const { store, readModels, clock } = deps();
    const found = await financeReport(
      { store, readModels },
      { campaignId: query.campaignId, asOf: query.asOf, now: clock.now() },
    );
    if (!found.ok) return refusalResponse(found.refusal);
    const { report } = found;
    if (query.format === 'json') return answer(200, report);
    const name = `payouts-${query.campaignId ?? 'all-campaigns'}-${fileStamp(report.asOf)}.csv`;
    const flagColumns = (s: StatementSummary) => {
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

export const handler = createHandler(
  routeRuntime(route, { 'read-models:read': readModelsProvider, 'event-store:read': storeProvider }),
);
