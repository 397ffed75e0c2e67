import { describe, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { inquiryDecider, type RaiseInquiry } from '../../../domain/inquiries/decide.js';
import type { InquiryEvent } from '../../../domain/inquiries/inquiry.js';
import { addMs } from '../../../events/instant.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(inquiryDecider);
const NOW = '2026-10-05T12:00:00Z';
const ID = '0b6f3f5e-4f2a-4c1e-9d7a-2b8c9e1f0a11';
const keys = { inquiryId: ID, registrationId: `m365-upsell--${MPN}`, campaignId: 'm365-upsell', mpnId: MPN };

const raise = (
  topic: 'statement-line' | 'missing-sale',
  saleId: string | undefined,
  statementIssuedAt?: string,
  now = NOW,
): RaiseInquiry => ({
  type: 'RaiseInquiry',
  data: { ...keys, topic, ...(saleId ? { saleId } : {}), message: 'Why did this not count?' },
  context: { statementSaleIds: ['INV-1', 'INV-2'], ...(statementIssuedAt ? { statementIssuedAt } : {}) },
  metadata: { now },
});
const raisedAbout = (
  topic: 'statement-line' | 'missing-sale',
  saleId: string | undefined,
  raisedAt = NOW,
): InquiryEvent => ({
  type: 'InquiryRaised',
  data: { ...keys, topic, ...(saleId ? { saleId } : {}), message: 'Why did this not count?', raisedAt },
});
const raised = raisedAbout('statement-line', 'INV-1');
const resolve = (outcome: 'adjusted' | 'declined', adjustmentCents?: number) =>
  ({
    type: 'ResolveInquiry',
    data: {
      inquiryId: ID,
      outcome,
      note: 'Checked with the distributor.',
      ...(adjustmentCents !== undefined ? { adjustmentCents } : {}),
    },
    metadata: { now: NOW },
  }) as const;

describe('Raising an inquiry', () => {
  it('asks about a line of the statement', () =>
    given([]).when(raise('statement-line', 'INV-1')).then([raised]));

  it('asks about a sale missing from the statement, with or without its id', () => {
    given([])
      .when(raise('missing-sale', 'INV-9'))
      .then([raisedAbout('missing-sale', 'INV-9')]);
    given([])
      .when(raise('missing-sale', undefined))
      .then([raisedAbout('missing-sale', undefined)]);
  });

  it('refuses a line that is not on the statement, and a "missing" sale that is', () => {
    given([]).when(raise('statement-line', 'INV-9')).thenRefuses('rule-violation', 'sale-not-on-statement');
    given([]).when(raise('missing-sale', 'INV-2')).thenRefuses('rule-violation', 'sale-on-statement');
  });

  it('is open until 30 days after the statement was issued, and closed after', () => {
    const issued = '2026-10-01T04:00:00Z';
    const lastDay = addMs(issued, 30 * DAY_MS);
    given([])
      .when(raise('statement-line', 'INV-1', issued, lastDay))
      .then([raisedAbout('statement-line', 'INV-1', lastDay)]);
    given([])
      .when(raise('statement-line', 'INV-1', issued, addMs(issued, 30 * DAY_MS + 1000)))
      .thenRefuses('rule-violation', 'inquiry-window-closed');
  });
});

describe('Resolving an inquiry', () => {
  it('with an adjustment needs an amount, declined takes none', () => {
    given([raised]).when(resolve('adjusted')).thenRefuses('rule-violation', 'adjustment-required');
    given([raised])
      .when(resolve('declined', 500))
      .thenRefuses('rule-violation', 'no-adjustment-when-declined');
    given([raised])
      .when(resolve('adjusted', 2500))
      .then([
        {
          type: 'InquiryResolved',
          data: {
            inquiryId: ID,
            mpnId: MPN,
            outcome: 'adjusted',
            note: 'Checked with the distributor.',
            adjustmentCents: 2500,
            resolvedAt: NOW,
          },
        },
      ]);
  });

  it('happens once; an unknown inquiry is not found', () => {
    const resolved = given([raised]).when(resolve('declined')).events();
    given([raised, ...resolved])
      .when(resolve('declined'))
      .thenRefuses('conflict', 'inquiry-resolved');
    given([]).when(resolve('declined')).thenRefuses('not-found', 'inquiry-not-found');
  });
});
