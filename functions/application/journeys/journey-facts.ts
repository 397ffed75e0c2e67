import { campaignDecider } from '../../../domain/campaigns/decide.js';
import type { OnboardingFacts } from '../../../domain/journeys/plan-onboarding.js';
import type { RegistrationFacts } from '../../../domain/journeys/plan-registration.js';
import { notificationDecider } from '../../../domain/notifications/notification.js';
import { partnerDecider } from '../../../domain/partners/decide.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import type { Registration } from '../../../domain/registrations/registration.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { readSlice } from '../read-slice.js';
import type { ProgramContacts } from './journey-deps.js';

/** The notification ids of the journey's emails: each is sent once (see sendNotification). */
export const notificationIds = {
  codeExpired: (codeId: string) => `access-code-expired:${codeId}`,
  codeLocked: (codeId: string) => `access-code-locked:${codeId}`,
  decision: (registrationId: string) => `decision:${registrationId}`,
  registrationExpired: (registrationId: string) => `registration-expired:${registrationId}`,
  statement: (registrationId: string, recipient: string) =>
    `statement:${registrationId}:${recipient.toLowerCase()}`,
  /** One request (or reminder) of approval is told apart from another by when its links expire. */
  approval: (registrationId: string, linksExpireAt: string, approver: string) =>
    `approval:${registrationId}:${linksExpireAt}:${approver.toLowerCase()}`,
};

export const wasSent = async (store: EventReader, notificationId: string) =>
  (await readSlice(store, notificationDecider, streamIds.notification(notificationId))).state.sent;

export async function loadOnboardingFacts(store: EventReader, mpnId: string): Promise<OnboardingFacts> {
  const { state: partner } = await readSlice(store, partnerDecider, streamIds.partner(mpnId));
  const codeId = partner.status === 'unknown' ? undefined : partner.currentCode?.codeId;
  const [expired, locked] = codeId
    ? await Promise.all([
        wasSent(store, notificationIds.codeExpired(codeId)),
        wasSent(store, notificationIds.codeLocked(codeId)),
      ])
    : [false, false];
  return { partner, notified: { expired, locked } };
}

export async function loadRegistration(store: EventReader, registrationId: string): Promise<Registration> {
  const { state } = await readSlice(store, registrationDecider, streamIds.registration(registrationId));
  if (state.status === 'none')
    throw new Error(`A registration journey started for the unknown ${registrationId}`);
  return state;
}

export async function loadRegistrationFacts(
  store: EventReader,
  registrationId: string,
  contacts: ProgramContacts,
): Promise<RegistrationFacts & { partnerEmail: string }> {
  const registration = await loadRegistration(store, registrationId);
  const [campaign, partner, payout] = await Promise.all([
    readSlice(store, campaignDecider, streamIds.campaign(registration.campaignId)),
    readSlice(store, partnerDecider, streamIds.partner(registration.mpnId)),
    readSlice(store, payoutDecider, streamIds.payout(registrationId)),
  ]);
  if (campaign.state.status !== 'published' || partner.state.status === 'unknown') {
    throw new Error(`Registration ${registrationId} names a campaign or partner that is not recorded`);
  }
  const partnerEmail = partner.state.profile.contactEmail;
  const statementRecipients = [partnerEmail, ...contacts.financeEmails];
  const [decision, expiry, ...statements] = await Promise.all([
    wasSent(store, notificationIds.decision(registrationId)),
    wasSent(store, notificationIds.registrationExpired(registrationId)),
    ...statementRecipients.map((to) => wasSent(store, notificationIds.statement(registrationId, to))),
  ]);
  const computedAsOf = payout.state.lastComputed?.asOf;
  return {
    registration,
    periodEnd: campaign.state.terms.period.end,
    notified: { decision, expiry, statements: statements.every(Boolean) },
    partnerEmail,
    ...(computedAsOf ? { payoutComputedAsOf: computedAsOf } : {}),
  };
}
