import * as z from 'zod';
import type { FraudFlag } from '../../../domain/fraud/fraud-flag.js';
import type { Statement } from '../../../domain/payouts/statement.js';
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
import { StatementJson } from '../../http/statement-json.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

/**
 * By campaign, then partner: the report is replayed whole (its total is of every statement) and
 * paged here. A statement carries its lines, so a page of many is cut short by its size.
 */
export const pages = listPages<Statement>({
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
 * A page of the statements as the payout simulator prints them, the total of all of them, and
 * the flags on the page's partners.
 */
export const ReportJson = z.strictObject({
  asOf: Instant,
  statements: z.array(StatementJson),
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
    'Projected payout statements, replayed from the events recorded up to `asOf` (default: now), for one campaign or all.',
  uses: ['event-store:read'],
  request: {
    query: ReportQuery,
    example: { query: { campaignId: 'm365-e5-upsell-fy27q1', format: 'json' } },
  },
  paged: pages.size,
  responses: {
    200: {
      description:
        'A page of the statements as the payout simulator prints them, the total of all of them, and the fraud flags on the page’s partners (JSON); or every statement as a CSV row, with its count of flags (the CSV is not paged).',
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
        nextCursor: null,
      },
    },
    400: { description: 'A query parameter is malformed.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such campaign.' },
  },
});

/** A flag on the statement's partner, in its campaign or in none. */
const isOnStatement = (flag: FraudFlag, s: Statement) =>
  flag.mpnId === s.mpnId && (!flag.campaignId || flag.campaignId === s.campaignId);

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ query, answer }) => {
    const page = pages.requested(query);
    const { store, clock } = deps();
    const asOf = query.asOf ?? clock.now();
    const found = await financeReport(store, { campaignId: query.campaignId, asOf });
    if (!found.ok) return refusalResponse(found.refusal);
    const { report } = found;
    if (query.format === 'json') {
      const { rows, nextCursor } = await pages.pageOf(report.statements, page, (window) => window);
      const flags = report.flags.filter((f) => rows.some((s) => isOnStatement(f, s)));
      return answer(200, { asOf, statements: rows, totalCents: report.totalCents, flags, nextCursor });
    }
    const name = `payouts-${query.campaignId ?? 'all-campaigns'}-${fileStamp(asOf)}.csv`;
    return download(name, CSV, financeReportCsv(report));
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
