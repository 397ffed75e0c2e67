import { describe, expect, it } from 'vitest';
import { fold } from '../../../domain/decider.js';
import {
  latestChange,
  type PaymentProfileEvent,
  paymentProfileDecider,
} from '../../../domain/payment-profiles/payment-profile.js';
import { MPN } from '../../support/fixtures.js';
import { specFor } from '../../support/given.js';

const given = specFor(paymentProfileDecider);
const NOW = '2026-08-01T00:00:00Z';
const profile = {
  legalName: 'Northwind Traders Inc.',
  remittanceEmail: 'ap@northwind.example',
  bankReference: 'NW-PAYEE-7',
};
const update = (changes: Partial<typeof profile> = {}) =>
  ({
    type: 'UpdatePaymentProfile',
    data: { mpnId: MPN, ...profile, ...changes },
    metadata: { now: NOW },
  }) as const;
const updated = (changes: Partial<typeof profile> = {}, updatedAt = NOW): PaymentProfileEvent => ({
  type: 'PaymentProfileUpdated',
  data: { mpnId: MPN, ...profile, ...changes, updatedAt },
});

describe('A payment profile', () => {
  it('is recorded the first time it is given', () => given([]).when(update()).then([updated()]));

  it('is not recorded again when it is the one on file', () =>
    given([updated({}, '2026-07-01T00:00:00Z')])
      .when(update())
      .thenNothingHappens());

  it('is recorded again when any of its fields changed', () =>
    given([updated({}, '2026-07-01T00:00:00Z')])
      .when(update({ bankReference: 'NW-PAYEE-8' }))
      .then([updated({ bankReference: 'NW-PAYEE-8' })]));
});

describe('A change of the payment profile', () => {
  const stateAfter = (events: PaymentProfileEvent[]) =>
    fold(paymentProfileDecider.evolve, paymentProfileDecider.initialState(), events);
  const { mpnId: _, ...first } = updated({}, '2026-07-01T00:00:00Z').data;
  const { mpnId: __, ...second } = updated({ remittanceEmail: 'pay@elsewhere.example' }).data;

  it('is none for the first profile a partner gives', () =>
    expect(latestChange(stateAfter([updated({}, '2026-07-01T00:00:00Z')]))).toBeUndefined());

  it('is the latest profile with the one it replaced', () =>
    expect(
      latestChange(
        stateAfter([
          updated({}, '2026-07-01T00:00:00Z'),
          updated({ remittanceEmail: 'pay@elsewhere.example' }),
        ]),
      ),
    ).toEqual({ previous: first, current: second }));
});
