import { expireRegistration as decideExpire } from '../../../domain/registrations/decide.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { payoutStatementEmail } from '../../email/templates.js';
import { handleCommand, loadState } from '../handle-command.js';
import { closedStatement, closeStatement } from '../payouts/close-statement.js';
import { sendNotification } from '../send-notification.js';
import { campaignSlice, partnerSlice, payoutSlice, registrationSlice } from '../slices.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';
import { loadRegistration, notificationIds } from './journey-facts.js';

/** Nobody decided by the campaign's end: the registration expires and can earn nothing. */
export async function expireUndecided(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const registration = await loadRegistration(deps.store, registrationId);
  const { state: campaign } = await loadState(
    deps.store,
    streamIds.campaign(registration.campaignId),
    campaignSlice,
  );
  if (campaign.status !== 'published') throw new Error(`No campaign ${registration.campaignId} is published`);
  const command = {
    type: 'ExpireRegistration',
    data: { registrationId, campaignPeriodEnd: campaign.terms.period.end },
    metadata: { now: deps.clock.now() },
  } as const;
  await handleCommand(
    deps.store,
    streamIds.registration(registrationId),
    registrationSlice,
    (state) => decideExpire(command, state),
    {
      metadata: journeyMetadata(journey, 'expire-registration'),
    },
  );
}

/** The campaign has ended: the registration's statement is closed (see closeStatement). */
export async function computePayout(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const { campaignId, mpnId } = await loadRegistration(deps.store, registrationId);
  await closeStatement(
    deps,
    { registrationId, campaignId, mpnId },
    journeyMetadata(journey, 'compute-payout'),
  );
}

/**
 * Emails the computed statement to the partner and to finance. It is replayed again as of the
 * instant it was computed, and must match the digest recorded then: a statement that changed
 * since (an edited event) is not sent.
 */
export async function sendStatements(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const { campaignId, mpnId } = await loadRegistration(deps.store, registrationId);
  const [payout, partner, campaign] = await Promise.all([
    loadState(deps.store, streamIds.payout(registrationIdOf(campaignId, mpnId)), payoutSlice),
    loadState(deps.store, streamIds.partner(mpnId), partnerSlice),
    loadState(deps.store, streamIds.campaign(campaignId), campaignSlice),
  ]);
  const computed = payout.state.lastComputed;
  if (!computed) throw new Error(`No payout was computed for ${registrationId}`);
  if (partner.state.status === 'unknown' || campaign.state.status !== 'published') {
    throw new Error(`Registration ${registrationId} names a partner or campaign that is not recorded`);
  }
  const statement = await closedStatement(deps.store, campaignId, mpnId, computed);
  const profile = partner.state.profile;
  const campaignRef = { campaignId, name: campaign.state.terms.name };
  const metadata = journeyMetadata(journey, 'send-statements');
  for (const to of [profile.contactEmail, ...deps.contacts.financeEmails]) {
    await sendNotification(
      deps,
      {
        notificationId: notificationIds.statement(registrationId, to),
        template: 'payout-statement',
        mpnId,
        message: payoutStatementEmail(to, profile, campaignRef, statement),
      },
      metadata,
    );
  }
}
