import { describe, expect, it } from 'vitest';
import { registrationIdOf } from '../../../events/streams.js';
import { decideByApprovalLink } from '../../../functions/application/decide-on-registration.js';
import { issueAccessCode } from '../../../functions/application/issue-access-code.js';
import { issuePayout } from '../../../functions/application/issue-payout.js';
import { logIn } from '../../../functions/application/log-in.js';
import { partnerStatementOf } from '../../../functions/application/partner-statements.js';
import { updatePaymentProfile } from '../../../functions/application/payment-profile.js';
import { closeCampaign } from '../../../functions/application/payouts/close-campaign.js';
import { schedulePayments } from '../../../functions/application/payouts/schedule-payments.js';
import { publishCampaign } from '../../../functions/application/publish-campaign.js';
import { recordSales } from '../../../functions/application/record-sales.js';
import { registerForCampaign } from '../../../functions/application/register-for-campaign.js';
import { requestApproval } from '../../../functions/application/request-approval.js';
import { signUpPartner } from '../../../functions/application/sign-up-partner.js';
import { manualClock } from '../../../functions/ports/clock.js';
import type { EventReader } from '../../../functions/ports/event-store.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';
import { accepted, memoryProgramDeps } from '../../support/memory-program.js';

const CAMPAIGN = 'e5-paid';
const MPN = '6200001';
const metadata = { correlationId: 'c', causationId: 'c', actor: { role: 'system' as const } };

/** A partner approved in a campaign, with sales earning `units` × CAD 40, and its statement closed. */
async function closedStatement(units: number) {
  const clock = manualClock('2026-07-02T00:00:00Z');
  const deps = memoryProgramDeps({ clock });
  const terms = dollarPerSkuTerms({ campaignId: CAMPAIGN });
  const { termsSha256 } = accepted(await publishCampaign(deps, { terms, termsText: 'The T&Cs.' }, metadata));
  const partner = {
    mpnId: MPN,
    companyName: 'Paid Reseller',
    contactEmail: 'ap@paid.example',
    country: 'CA',
  };
  accepted(await signUpPartner(deps, { ...partner, sourceIp: '203.0.113.7' }, metadata));
  const { code } = accepted(await issueAccessCode(deps, { mpnId: MPN, requested: false }, metadata));
  accepted(await logIn(deps, { mpnId: MPN, accessCode: code, sourceIp: '203.0.113.7' }, metadata));
  const signature = { signerName: 'Dana', signerEmail: 'dana@paid.example', termsSha256 };
  accepted(
    await registerForCampaign(
      deps,
      { campaignId: CAMPAIGN, mpnId: MPN, agreementNumber: 'INV-1', signature },
      metadata,
    ),
  );
  const registrationId = registrationIdOf(CAMPAIGN, MPN);
  const { links } = await requestApproval(
    deps,
    { registrationId, approverEmails: ['pm@vendor.example'], reminder: false },
    metadata,
  );
  accepted(await decideByApprovalLink(deps, { token: links[0]?.token ?? '', decision: 'approve' }, metadata));
  clock.set('2026-07-25T00:00:00Z');
  const line = saleLine({ saleId: 'PAID-1', mpnId: MPN, quantity: units, soldAt: '2026-07-10T00:00:00Z' });
  expect((await recordSales(deps, [line], metadata)).accepted).toBe(1);
  clock.set('2026-10-02T00:00:00Z');
  accepted(await closeCampaign(deps, CAMPAIGN, metadata));
  return { deps, clock, signature };
}

/** The store as the statement reads it, with every read written down. */
function counted(store: EventReader) {
  const reads: string[] = [];
  const reader: EventReader = {
    readStream: (id) => {
      reads.push(`stream ${id}`);
      return store.readStream(id);
    },
    readIndex: (key, options) => {
      reads.push(`index ${key}`);
      return store.readIndex(key, options);
    },
    readIdempotentAppend: (key) => {
      reads.push(`append ${key}`);
      return store.readIdempotentAppend(key);
    },
  };
  return { reads, reader };
}

const statementOf = (deps: Awaited<ReturnType<typeof closedStatement>>['deps'], store: EventReader) =>
  partnerStatementOf({ ...deps, store }, CAMPAIGN, MPN, deps.clock.now(), () => {
    throw new Error('The paid statement no longer matches its digest');
  });

describe("A partner's statement", () => {
  it('reads the campaign, the registration, the payout, the partner and its sales once each, also when paid', async () => {
    const { deps, clock } = await closedStatement(10);
    await updatePaymentProfile(
      deps,
      MPN,
      { legalName: 'Paid Reseller Inc.', remittanceEmail: 'ap@paid.example', bankReference: 'PAYEE-A' },
      metadata,
    );
    clock.set('2026-10-03T00:00:00Z');
    const [payment] = await schedulePayments(deps, CAMPAIGN, metadata);
    expect(payment).toMatchObject({ outcome: 'scheduled', amountCents: 40_000 });
    accepted(
      await issuePayout(
        deps,
        { campaignId: CAMPAIGN, mpnId: MPN, amountCents: 40_000, reference: 'EFT-1' },
        metadata,
      ),
    );
    clock.set('2026-10-04T00:00:00Z');

    const { reads, reader } = counted(deps.store);
    const replayed = await statementOf(deps, reader);

    expect(replayed).toMatchObject({
      ok: true,
      statement: {
        totals: { earnedCents: 40_000, issuedCents: 40_000 },
        payment: { status: 'sent', holds: [] },
      },
    });
    expect(reads.sort()).toEqual([
      `index sales-of-partner#${MPN}`,
      `stream campaign-${CAMPAIGN}`,
      `stream partner-${MPN}`,
      `stream payout-${CAMPAIGN}--${MPN}`,
      `stream registration-${CAMPAIGN}--${MPN}`,
    ]);
  });

  it('says what holds a payment that is due, reading the partner’s payouts and checks once each', async () => {
    const { deps } = await closedStatement(2);

    const { reads, reader } = counted(deps.store);
    const replayed = await statementOf(deps, reader);

    expect(replayed).toMatchObject({
      ok: true,
      statement: {
        totals: { earnedCents: 8_000, dueCents: 8_000 },
        payment: { status: 'unprocessed', holds: ['below-minimum-payout'] },
      },
    });
    expect(new Set(reads).size).toBe(reads.length);
    expect(reads.sort()).toEqual([
      'index campaigns',
      `index fraud-flags-of-partner#${MPN}`,
      `index sales-of-partner#${MPN}`,
      `stream campaign-${CAMPAIGN}`,
      `stream partner-${MPN}`,
      `stream payment-profile-${MPN}`,
      `stream payout-${CAMPAIGN}--${MPN}`,
      `stream registration-${CAMPAIGN}--${MPN}`,
    ]);
  });

  it('names the partner’s other campaigns that count a sale outside the period, reading the catalog once', async () => {
    const { deps, clock, signature } = await closedStatement(2);
    const q4 = { start: '2026-10-01T04:00:00Z', end: '2027-01-01T05:00:00Z' };
    const later = { period: q4, registrationDeadline: '2026-12-15T05:00:00Z' };
    for (const campaignId of ['e5-q4', 'e5-unregistered']) {
      const terms = dollarPerSkuTerms({ campaignId, ...later });
      accepted(await publishCampaign(deps, { terms, termsText: 'The T&Cs.' }, metadata));
    }
    accepted(
      await registerForCampaign(
        deps,
        { campaignId: 'e5-q4', mpnId: MPN, agreementNumber: 'INV-1', signature },
        metadata,
      ),
    );
    const line = saleLine({ saleId: 'Q4-1', mpnId: MPN, quantity: 3, soldAt: '2026-10-01T12:00:00Z' });
    expect((await recordSales(deps, [line], metadata)).accepted).toBe(1);
    clock.set('2026-10-03T00:00:00Z');

    const { reads, reader } = counted(deps.store);
    const replayed = await statementOf(deps, reader);

    expect(replayed).toMatchObject({
      ok: true,
      statement: {
        outsidePeriod: [{ saleId: 'Q4-1', when: 'after-period', otherCampaigns: ['e5-q4'] }],
        payment: { holds: ['below-minimum-payout'] },
      },
    });
    expect(reads.filter((read) => read === 'index campaigns')).toHaveLength(1);
    expect(reads.filter((read) => read.startsWith('stream registration-')).sort()).toEqual([
      `stream registration-${CAMPAIGN}--${MPN}`,
      `stream registration-e5-q4--${MPN}`,
      `stream registration-e5-unregistered--${MPN}`,
    ]);
  });
});
