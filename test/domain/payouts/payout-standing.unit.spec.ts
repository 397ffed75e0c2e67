import { describe, expect, it } from 'vitest';
import { moneyByStage, payoutStanding } from '../../../domain/payouts/payout-standing.js';

describe('Where a statement of the payout report stands', () => {
  it.each([
    ['pending', undefined, { standing: 'pending' }],
    ['rejected', { status: 'nothing-due', holds: [] }, { standing: 'rejected' }],
    ['approved', undefined, { standing: 'not-closed' }],
    ['approved', { status: 'unprocessed', holds: [] }, { standing: 'unprocessed' }],
    [
      'approved',
      { status: 'unprocessed', holds: ['payment-profile-incomplete'] },
      { standing: 'held', hold: 'payment-profile-incomplete' },
    ],
    ['approved', { status: 'scheduled', holds: [] }, { standing: 'scheduled' }],
    ['approved', { status: 'sent', holds: [] }, { standing: 'sent' }],
  ] as const)('a registration %s with payment %j stands %j', (registration, position, standing) => {
    expect(payoutStanding(registration, position && { ...position, holds: [...position.holds] })).toEqual(
      standing,
    );
  });
});

describe('The report’s money by stage', () => {
  it('counts what open statements earn, what closed ones leave due at their stage, and every payment sent', () => {
    expect(
      moneyByStage([
        { standing: 'not-closed', amountCents: 46_000, dueCents: 0, issuedCents: 0 },
        { standing: 'unprocessed', amountCents: 30_000, dueCents: 30_000, issuedCents: 0 },
        { standing: 'held', amountCents: 8000, dueCents: 8000, issuedCents: 0 },
        { standing: 'scheduled', amountCents: 50_000, dueCents: 50_000, issuedCents: 0 },
        // Paid, then adjusted upwards: what was sent is paid, the rest is to schedule again.
        { standing: 'unprocessed', amountCents: 70_000, dueCents: 10_000, issuedCents: 60_000 },
        { standing: 'sent', amountCents: 20_000, dueCents: 0, issuedCents: 20_000 },
        // A pending registration's potential is owed to nobody yet.
        { standing: 'pending', amountCents: 0, dueCents: 0, issuedCents: 0 },
      ]),
    ).toEqual({ paid: 80_000, scheduled: 50_000, 'to-schedule': 40_000, held: 8000, projected: 46_000 });
  });
});
