import { describe, it } from 'vitest';
import { saleDecider } from '../../../domain/sales/decide.js';
import type { SaleEvent } from '../../../domain/sales/sale.js';
import { parseEvent } from '../../../events/catalog.js';
import { saleLine } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(saleDecider);
const NOW = '2026-08-01T00:00:00Z';
const line = saleLine({ saleId: 'INV-1', quantity: 10, soldAt: '2026-07-10T14:00:00Z' });
const recorded: SaleEvent = { type: 'SaleRecorded', data: line };
const record = (data = line, now = NOW) => ({ type: 'RecordSale', data, metadata: { now } }) as const;
const AT = '2026-07-20T00:00:00Z';
const reverse = (reversalId: string | undefined, quantity: number, reversedAt = AT, now = NOW) =>
  ({
    type: 'ReverseSale',
    data: { reversalId, saleId: 'INV-1', quantity, reversedAt },
    metadata: { now },
  }) as const;
const reversed = (reversalId: string, quantity: number, reversedAt = AT): SaleEvent => ({
  type: 'SaleReversed',
  data: { reversalId, saleId: 'INV-1', mpnId: line.mpnId, quantity, reversedAt },
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

describe('Reversing a sale line with a credit note', () => {
  it('takes units off the line', () =>
    given([recorded])
      .when(reverse('CN-1', 4))
      .then([reversed('CN-1', 4)]));

  it('allows reversing every unit left', () =>
    given([recorded, reversed('CN-1', 4, '2026-07-15T00:00:00Z')])
      .when(reverse('CN-2', 6))
      .then([reversed('CN-2', 6)]));

  it('refuses to reverse more than the net units', () =>
    given([recorded, reversed('CN-1', 4, '2026-07-15T00:00:00Z')])
      .when(reverse('CN-2', 7))
      .thenRefuses('rule-violation', 'reversal-exceeds-net-units'));

  it('counts two credit notes of the same quantity at the same instant as two reversals', () =>
    given([recorded, reversed('CN-1', 4)])
      .when(reverse('CN-2', 4))
      .then([reversed('CN-2', 4)]));

  it('refuses a second credit note at the same instant for more than the net units left', () =>
    given([recorded, reversed('CN-1', 6)])
      .when(reverse('CN-2', 5))
      .thenRefuses('rule-violation', 'reversal-exceeds-net-units'));

  it('treats the same credit note sent again as a duplicate', () =>
    given([recorded, reversed('CN-1', 4)])
      .when(reverse('CN-1', 4))
      .thenNothingHappens());

  it('reports the same credit note with another quantity as a conflict', () =>
    given([recorded, reversed('CN-1', 4)])
      .when(reverse('CN-1', 5))
      .thenRefuses('conflict', 'reversal-conflict'));

  it('reports the same credit note at another instant as a conflict', () =>
    given([recorded, reversed('CN-1', 4)])
      .when(reverse('CN-1', 4, '2026-07-21T00:00:00Z'))
      .thenRefuses('conflict', 'reversal-conflict'));

  it('refuses a reversal of an unknown sale', () =>
    given([]).when(reverse('CN-1', 1)).thenRefuses('not-found', 'sale-not-found'));

  it('refuses a reversal dated before the sale', () =>
    given([recorded])
      .when(reverse('CN-1', 1, '2026-07-10T13:59:59Z'))
      .thenRefuses('rule-violation', 'reversed-before-sold'));

  it('refuses a reversal dated in the future', () =>
    given([recorded])
      .when(reverse('CN-1', 1, '2026-08-02T00:00:00Z'))
      .thenRefuses('rule-violation', 'reversed-at-in-future'));
});

describe('Reversing a sale line without a credit-note number', () => {
  const byInstant = 'at-2026-07-20T00:00:00Z';

  it('identifies the reversal by its instant', () =>
    given([recorded])
      .when(reverse(undefined, 4))
      .then([reversed(byInstant, 4)]));

  it('treats the same reversal sent again as a duplicate', () =>
    given([recorded, reversed(byInstant, 4)])
      .when(reverse(undefined, 4))
      .thenNothingHappens());

  it('reports a resent reversal with another quantity as a conflict', () =>
    given([recorded, reversed(byInstant, 4)])
      .when(reverse(undefined, 5))
      .thenRefuses('conflict', 'reversal-conflict'));

  it('knows a reversal stored before credit-note numbers were taken', () => {
    const storedWithoutId = parseEvent({
      eventId: 'evt-2',
      stream: 'sale-INV-1',
      version: 2,
      type: 'SaleReversed',
      schemaVersion: 1,
      occurredAt: AT,
      recordedAt: AT,
      data: { saleId: 'INV-1', mpnId: line.mpnId, quantity: 4, reversedAt: AT },
      metadata: { correlationId: 'corr-1', causationId: 'req-1', actor: { role: 'sales-system' } },
    });
    if (!saleDecider.isOwnEvent(storedWithoutId)) throw new Error('Not a sale event');
    given([recorded, storedWithoutId]).when(reverse(undefined, 4)).thenNothingHappens();
  });
});
