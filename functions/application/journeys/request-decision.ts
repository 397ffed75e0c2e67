import type { Registration } from '../../../domain/registrations/registration.js';
import { STAFF, writingFor } from '../../email/readers.js';
import { approvalRequestEmail } from '../../email/templates.js';
import { partnerAndCampaignOf } from '../registration-context.js';
import { requestApproval } from '../request-approval.js';
import { sendNotification } from '../send-notification.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';
import { notificationIds } from './journey-facts.js';

/**
 * Emails each approver a link of their own (a reminder is a second set of links). The links'
 * tokens are recorded only as hashes, and exist in these emails alone.
 */
export async function requestDecision(
  deps: JourneyDeps,
  registrationId: string,
  reminder: boolean,
  journey: string,
): Promise<void> {
  const metadata = journeyMetadata(journey, reminder ? 'approval-reminder' : 'approval-request');
  const { registration, links, expiresAt } = await requestApproval(
    deps,
    { registrationId, approverEmails: deps.contacts.approverEmails, reminder },
    metadata,
  );
  if (links.length === 0 || !expiresAt) return;
  const details = await approvalDetails(deps, registration);
  const writing = writingFor(deps.publicBaseUrl, STAFF);
  for (const { approverEmail, token } of links) {
    await sendNotification(
      deps,
      {
        notificationId: notificationIds.approval(registrationId, expiresAt, approverEmail),
        template: reminder ? 'approval-reminder' : 'approval-request',
        message: approvalRequestEmail(writing, approverEmail, { ...details, token, expiresAt, reminder }),
      },
      metadata,
    );
  }
}

async function approvalDetails(deps: JourneyDeps, registration: Registration) {
  const { partner, campaign } = await partnerAndCampaignOf(deps.store, registration);
  return {
    partner,
    campaign: { campaignId: campaign.campaignId, name: campaign.terms.name },
    registrationId: registration.registrationId,
    agreementNumber: registration.agreementNumber,
    signerName: registration.signature.signerName,
    submittedAt: registration.submittedAt,
  };
}
