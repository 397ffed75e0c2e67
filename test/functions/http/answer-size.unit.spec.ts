import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { exclusionReasons } from '../../../domain/payouts/statement.js';
import * as campaignsList from '../../../functions/handlers/api/campaigns-list.js';
import * as financeInquiriesList from '../../../functions/handlers/api/finance-inquiries-list.js';
import * as payoutsList from '../../../functions/handlers/api/payouts-list.js';
import * as registrationsList from '../../../functions/handlers/api/registrations-list.js';
import * as reportsPayouts from '../../../functions/handlers/api/reports-payouts.js';
import { LAMBDA_RESULT_BYTES, resultBytes } from '../../../functions/http/answer-size.js';
import { listPages, type PageSize } from '../../../functions/http/page-cursor.js';
import { json } from '../../../functions/http/responses.js';

/**
 * No answer of a list route passes what a Lambda function may answer (6 MB), computed from the
 * sizes of the largest rows each route's schema allows: a quote in free text travels as four bytes
 * (escaped in the JSON body, then again in the function's result), the most any character takes.
 */

const MS = '2026-07-01T04:00:00.123Z';
const quotes = (length: number) => '"'.repeat(length);
const campaignId = 'c'.repeat(64);
const registrationId = `${'c'.repeat(64)}--1234567890`;
const cents = 100_000_000_000;
const cursor = 'n'.repeat(2000);

type PagedRoute = {
  pages: { size: PageSize };
  route: { responses: { 200: { body?: z.ZodType } } };
};

/**
 * The answer of a page of as many of the row as the route's limit allows (the paging is the same
 * for every route: its size is the route's own), held to the route's documented schema.
 */
async function largestPage<Row>(module: PagedRoute, row: Row, answer: (rows: Row[]) => unknown) {
  const { size } = module.pages;
  const pages = listPages<number>({
    route: 'largest',
    size,
    key: (i) => [String(i).padStart(6, '0')],
    direction: 'ascending',
  });
  const items = Array.from({ length: size.maxLimit }, (_, i) => i);
  const { rows } = await pages.pageOf(items, { limit: size.maxLimit }, (window) => window.map(() => row));
  const body = answer(rows);
  expect(module.route.responses[200].body?.safeParse(body).error).toBeUndefined();
  return { rows: rows.length, maxLimit: size.maxLimit, bytes: resultBytes(json(200, body)) };
}

describe('The largest page of a route whose rows are bounded', () => {
  it('GET /campaigns: 200 campaigns with the longest names take a fraction of the limit', async () => {
    const row = {
      campaignId,
      name: quotes(200),
      type: 'dollarPerSku' as const,
      period: { start: MS, end: MS },
      registrationDeadline: MS,
      termsSha256: 'f'.repeat(64),
    };
    const page = await largestPage(campaignsList, row, (rows) => ({
      campaigns: rows,
      nextCursor: cursor,
    }));
    expect(page.rows).toBe(page.maxLimit);
    expect(page.bytes).toBeLessThan(LAMBDA_RESULT_BYTES / 20);
  });

  it('GET /registrations: 200 registrations with the longest rejection reasons', async () => {
    const row = {
      registrationId,
      campaignId,
      status: 'pending-approval' as const,
      submittedAt: MS,
      decidedAt: MS,
      reason: quotes(1000),
    };
    const page = await largestPage(registrationsList, row, (rows) => ({
      registrations: rows,
      nextCursor: cursor,
    }));
    expect(page.rows).toBe(page.maxLimit);
    expect(page.bytes).toBeLessThan(LAMBDA_RESULT_BYTES / 5);
  });

  it('GET /payouts: 1,000 entries with the largest amounts', async () => {
    const row = {
      registrationId,
      mpnId: '1234567890',
      status: 'unprocessed' as const,
      holds: ['payment-profile-incomplete' as const],
      totalCents: -cents,
      issuedCents: cents,
      dueCents: cents,
      clawbackCents: cents,
    };
    const page = await largestPage(payoutsList, row, (rows) => ({
      campaignId,
      payouts: rows,
      nextCursor: cursor,
    }));
    expect(page.rows).toBe(page.maxLimit);
    expect(page.bytes).toBeLessThan(LAMBDA_RESULT_BYTES / 10);
  });
});

describe('The largest page of a route whose rows grow', () => {
  it('GET /finance/inquiries: inquiries of twenty long answers each are cut short by size', async () => {
    const row = {
      inquiryId: '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11',
      registrationId,
      campaignId,
      mpnId: '1234567890',
      topic: 'statement-line' as const,
      saleId: 'S'.repeat(100),
      message: quotes(2000),
      raisedAt: MS,
      status: 'adjusted' as const,
      answers: Array.from({ length: 20 }, () => ({ message: quotes(2000), answeredAt: MS })),
      resolution: { note: quotes(1000), adjustmentCents: -cents, resolvedAt: MS },
    };
    const page = await largestPage(financeInquiriesList, row, (rows) => ({
      inquiries: rows,
      nextCursor: cursor,
    }));
    expect(page.rows).toBeLessThan(page.maxLimit);
    expect(page.bytes).toBeLessThan(LAMBDA_RESULT_BYTES);
  });

  it('GET /reports/payouts: a full page of rows with the longest ids and every exclusion reason, within the limit', async () => {
    const row = {
      campaignId,
      mpnId: '1234567890',
      registrationStatus: 'approved' as const,
      eligibleUnits: 1_000_000,
      count: 1_000_000,
      amountCents: cents,
      potentialCents: cents,
      paidLines: 1_000_000,
      excludedLines: 1_000_000,
      excludedByReason: Object.fromEntries(exclusionReasons.map((reason) => [reason, 1_000_000])),
    };
    const page = await largestPage(reportsPayouts, row, (rows) => ({
      asOf: MS,
      statements: rows,
      totalCents: cents,
      flags: [],
      nextCursor: cursor,
    }));
    expect(page.rows).toBe(page.maxLimit);
    expect(page.bytes).toBeLessThan(LAMBDA_RESULT_BYTES);
  });
});
