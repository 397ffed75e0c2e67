import type { OnboardingFacts } from '../../../domain/journeys/plan-onboarding.js';
import type { RegistrationFacts } from '../../../domain/journeys/plan-registration.js';
import type { Registration } from '../../../domain/registrations/registration.js';
import { streamIds } from '../../../events/streams.js';
import type { EventStore } from '../../ports/event-store.js';
import { loadState } from '../handle-command.js';
import { campaignSlice, partnerSlice, payoutSlice, registrationSlice } from '../slices.js';
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

export const wasSent = async (store: EventStore, notificationId: string) =>
  (await store.readStream(streamIds.notification(notificationId))).version > 0;

export async function loadOnboardingFacts(store: EventStore, mpnId: string): Promise<OnboardingFacts> {
  const { state: partner } = await loadState(store, streamIds.partner(mpnId), partnerSlice);
  const codeId = partner.status === 'unknown' ? undefined : partner.currentCode?.codeId;
  const [expired, locked] = codeId
    ? await Promise.all([
        wasSent(store, notificationIds.codeExpired(codeId)),
        wasSent(store, notificationIds.codeLocked(codeId)),
      ])
    : [false, false];
  return { partner, notified: { expired, locked } };
}

export async function loadRegistration(store: EventStore, registrationId: string): Promise<Registration> {
  const { state } = await loadState(store, streamIds.registration(registrationId), registrationSlice);
  if (state.status === 'none')
    throw new Error(`A registration journey started for the unknown ${registrationId}`);
  return state;
}

export async function loadRegistrationFacts(
  store: EventStore,
  registrationId: string,
  contacts: ProgramContacts,
): Promise<RegistrationFacts & { partnerEmail: string }> {
  const registration = await loadRegistration(store, registrationId);
  const [campaign, partner, payout] = await Promise.all([
    loadState(store, streamIds.campaign(registration.campaignId), campaignSlice),
    loadState(store, streamIds.partner(registration.mpnId), partnerSlice),
    loadState(store, streamIds.payout(registrationId), payoutSlice),
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
