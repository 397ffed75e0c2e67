import { campaignDecider } from '../../../domain/campaigns/decide.js';
import type { OnboardingFacts } from '../../../domain/journeys/plan-onboarding.js';
import type { RegistrationFacts } from '../../../domain/journeys/plan-registration.js';
import { partnerDecider } from '../../../domain/partners/decide.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import type { Registration } from '../../../domain/registrations/registration.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { readSlice } from '../read-slice.js';
import { accessCodeNotificationId } from '../send-access-code.js';
import { wasSent } from '../send-notification.js';
import type { ProgramContacts } from './journey-deps.js';

/** The notification ids of the journey's emails: each is sent once (see sendNotification). */
export const notificationIds = {
  codeExpired: (codeId: string) => `access-code-expired:${codeId}`,
  decision: (registrationId: string) => `decision:${registrationId}`,
  registrationExpired: (registrationId: string) => `registration-expired:${registrationId}`,
  statement: (registrationId: string, recipient: string) =>
    `statement:${registrationId}:${recipient.toLowerCase()}`,
  /** One request (or reminder) of approval is told apart from another by when its links expire. */
  approval: (registrationId: string, linksExpireAt: string, approver: string) =>
    `approval:${registrationId}:${linksExpireAt}:${approver.toLowerCase()}`,
};

export async function loadOnboardingFacts(store: EventReader, mpnId: string): Promise<OnboardingFacts> {
  const { state: partner } = await readSlice(store, partnerDecider, streamIds.partner(mpnId));
  const codeId = partner.status === 'unknown' ? undefined : partner.currentCode?.codeId;
  const [code, expired] = codeId
    ? await Promise.all([
        wasSent(store, accessCodeNotificationId(codeId)),
        wasSent(store, notificationIds.codeExpired(codeId)),
      ])
    : [false, false];
  return { partner, notified: { code, expired } };
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
  const [links, decision, expiry, ...statements] = await Promise.all([
    lastLinksSent(store, registration),
    wasSent(store, notificationIds.decision(registrationId)),
    wasSent(store, notificationIds.registrationExpired(registrationId)),
    ...statementRecipients.map((to) => wasSent(store, notificationIds.statement(registrationId, to))),
  ]);
  const computedAsOf = payout.state.lastComputed?.asOf;
  return {
    registration,
    periodEnd: campaign.state.terms.period.end,
    notified: { links, decision, expiry, statements: statements.every(Boolean) },
    partnerEmail,
    ...(computedAsOf ? { payoutComputedAsOf: computedAsOf } : {}),
  };
}

/** Whether every approver was emailed the links of the last approval request (the latest to expire). */
async function lastLinksSent(store: EventReader, registration: Registration): Promise<boolean> {
  const { registrationId, approvalLinks } = registration;
  const lastExpiry = approvalLinks
    .map((l) => l.expiresAt)
    .sort()
    .at(-1);
  const last = approvalLinks.filter((l) => l.expiresAt === lastExpiry);
  const sent = await Promise.all(
    last.map((l) => wasSent(store, notificationIds.approval(registrationId, l.expiresAt, l.approverEmail))),
  );
  return sent.every(Boolean);
}
