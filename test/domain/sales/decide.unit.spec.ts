import { describe, it } from 'vitest';
import { saleDecider } from '../../../domain/sales/decide.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import { saleLine } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(saleDecider);
const NOW = '2026-08-01T00:00:00Z';
const line = saleLine({ saleId: 'INV-1', quantity: 10, soldAt: '2026-07-10T14:00:00Z' });
const recorded: SaleEvent = { type: 'SaleRecorded', data: line };
const record = (data = line, now = NOW) => ({ type: 'RecordSale', data, metadata: { now } }) as const;
const reverse = (quantity: number, reversedAt = '2026-07-20T00:00:00Z', now = NOW) =>
  ({ type: 'ReverseSale', data: { saleId: 'INV-1', quantity, reversedAt }, metadata: { now } }) as const;
const reversed = (quantity: number, reversedAt = '2026-07-20T00:00:00Z'): SaleEvent => ({
  type: 'SaleReversed',
  data: { saleId: 'INV-1', mpnId: line.mpnId, quantity, reversedAt },
});

describe('Recording a sale line', () => {
  it('records a new line', () => given([]).when(record()).then([recorded]));

  it('treats the same line sent again as a duplicate', () =>
    given([recorded]).when(record()).thenNothingHappens());

  it('treats the same instant written differently as the same line', () =>
    given([recorded])
      .when(record({ ...line, soldAt: '2026-07-10T14:00:00Z' }))
      .thenNothingHappens());

  it('reports a resent line with other content as a conflict, never an overwrite', () =>
    given([recorded])
      .when(record({ ...line, quantity: 11 }))
      .thenRefuses('conflict', 'sale-conflict'));

  it('refuses a line dated in the future', () =>
    given([])
      .when(record({ ...line, soldAt: '2026-08-01T00:05:00.001Z' }))
      .thenRefuses('rule-violation', 'sold-at-in-future'));

  it('allows five minutes of clock difference with the sales system', () =>
    given([])
      .when(record({ ...line, soldAt: '2026-08-01T00:05:00Z' }))
      .then([{ type: 'SaleRecorded', data: { ...line, soldAt: '2026-08-01T00:05:00Z' } }]));
});

describe('Reversing a sale line', () => {
  it('takes units off the line', () =>
    given([recorded])
      .when(reverse(4))
      .then([reversed(4)]));

  it('allows reversing every unit left', () =>
    given([recorded, reversed(4, '2026-07-15T00:00:00Z')])
      .when(reverse(6))
      .then([reversed(6)]));

  it('refuses to reverse more than the net units', () =>
    given([recorded, reversed(4, '2026-07-15T00:00:00Z')])
      .when(reverse(7))
      .thenRefuses('rule-violation', 'reversal-exceeds-net-units'));

  it('treats the same reversal sent again as a duplicate', () =>
    given([recorded, reversed(4)])
      .when(reverse(4))
      .thenNothingHappens());

  it('reports a resent reversal with another quantity as a conflict', () =>
    given([recorded, reversed(4)])
      .when(reverse(5))
      .thenRefuses('conflict', 'reversal-conflict'));

  it('refuses a reversal of an unknown sale', () =>
    given([]).when(reverse(1)).thenRefuses('not-found', 'sale-not-found'));

  it('refuses a reversal dated before the sale', () =>
    given([recorded])
      .when(reverse(1, '2026-07-10T13:59:59Z'))
      .thenRefuses('rule-violation', 'reversed-before-sold'));

  it('refuses a reversal dated in the future', () =>
    given([recorded])
      .when(reverse(1, '2026-08-02T00:00:00Z'))
      .thenRefuses('rule-violation', 'reversed-at-in-future'));
});
