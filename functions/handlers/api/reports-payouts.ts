import * as z from 'zod';
import type { FraudFlag } from '../../../domain/fraud/fraud-flag.js';
import type { StatementSummary } from '../../../domain/payouts/statement-summary.js';
import { CampaignId, Cents } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { financeReport } from '../../application/payouts/payout-report.js';
import { fileStamp } from '../../format/csv.js';
import { financeReportCsv } from '../../format/finance-report-csv.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { FraudFlagJson } from '../../http/fraud-flag-json.js';
import { listPages, NextCursorJson } from '../../http/page-cursor.js';
import { CSV, download, JSON_TYPE } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { StatementSummaryJson } from '../../http/statement-json.js';
import { readModelsProvider, storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/** By campaign, then partner: the report is read whole (its total is of every row) and paged here. */
export const pages = listPages<StatementSummary>({
  route: 'reports-payouts',
  size: { defaultLimit: 100, maxLimit: 1000 },
  key: (s) => [s.campaignId, s.mpnId],
  direction: 'ascending',
});

export const ReportQuery = z.strictObject({
  campaignId: CampaignId.optional(),
  asOf: Instant.optional(),
  format: z.enum(['json', 'csv'], { message: "must be 'json' or 'csv'" }).default('json'),
  ...pages.query,
});

/**
 * A page of the summed-up statements, one per registration, the total of all of them, and the
 * flags on the page's partners.
 */
export const ReportJson = z.strictObject({
  asOf: Instant,
  statements: z.array(StatementSummaryJson),
  totalCents: Cents,
  flags: z.array(FraudFlagJson),
  nextCursor: NextCursorJson,
});

export const route = defineRoute({
  name: 'reports-payouts',
  method: 'GET',
  path: '/reports/payouts',
  role: 'finance',
  body: 'none',
  summary:
    'The payout report: each registration’s statement summed up, as projected now, or replayed from the events recorded up to `asOf`; for one campaign or all.',
  uses: ['read-models:read', 'event-store:read'],
  request: {
    query: ReportQuery,
    example: { query: { campaignId: 'm365-e5-upsell-fy27q1', format: 'json' } },
  },
  paged: pages.size,
  responses: {
    200: {
      description:
        'A page of the summed-up statements, one per registration, the total of all of them, and the fraud flags on the page’s partners (JSON); or every row as a CSV row, with its count of flags (the CSV is not paged).',
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
        nextCursor: null,
      },
    },
    400: { description: 'A query parameter is malformed.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such campaign.' },
  },
});

/** A flag on the statement's partner, in its campaign or in none. */
const isOnStatement = (flag: FraudFlag, s: StatementSummary) =>
  flag.mpnId === s.mpnId && (!flag.campaignId || flag.campaignId === s.campaignId);

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const page = pages.requested(query);
    const { store, readModels, clock } = deps();
    const found = await financeReport(
      { store, readModels },
      { campaignId: query.campaignId, asOf: query.asOf, now: clock.now() },
    );
    if (!found.ok) return refusalResponse(found.refusal);
    const { report } = found;
    const { asOf } = report;
    if (query.format === 'json') {
      const { rows, nextCursor } = await pages.pageOf(report.statements, page, (window) => window);
      const flags = report.flags.filter((f) => rows.some((s) => isOnStatement(f, s)));
      return answer(200, { asOf, statements: rows, totalCents: report.totalCents, flags, nextCursor });
    }
    const name = `payouts-${query.campaignId ?? 'all-campaigns'}-${fileStamp(asOf)}.csv`;
    return download(name, CSV, financeReportCsv(report));
  });

export const handler = createHandler(
  routeRuntime(route, { 'read-models:read': readModelsProvider, 'event-store:read': storeProvider }),
);
