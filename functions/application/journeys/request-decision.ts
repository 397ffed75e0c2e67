import type { Registration } from '../../../domain/registrations/registration.js';
import { streamIds } from '../../../events/streams.js';
import { approvalRequestEmail } from '../../email/templates.js';
import { loadState } from '../handle-command.js';
import { requestApproval } from '../request-approval.js';
import { sendNotification } from '../send-notification.js';
import { campaignSlice, partnerSlice } from '../slices.js';
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
  for (const { approverEmail, token } of links) {
    const link = `${deps.publicBaseUrl.replace(/\/+$/, '')}/approvals/${token}`;
    await sendNotification(
      deps,
      {
        notificationId: notificationIds.approval(registrationId, expiresAt, approverEmail),
        template: reminder ? 'approval-reminder' : 'approval-request',
        message: approvalRequestEmail(approverEmail, { ...details, link, expiresAt, reminder }),
      },
      metadata,
    );
  }
}

async function approvalDetails(deps: JourneyDeps, registration: Registration) {
  const [partner, campaign] = await Promise.all([
    loadState(deps.store, streamIds.partner(registration.mpnId), partnerSlice),
    loadState(deps.store, streamIds.campaign(registration.campaignId), campaignSlice),
  ]);
  if (partner.state.status === 'unknown' || campaign.state.status !== 'published') {
    throw new Error(
      `Registration ${registration.registrationId} names a partner or campaign that is not recorded`,
    );
  }
  return {
    partner: partner.state.profile,
    campaign: { campaignId: campaign.state.campaignId, name: campaign.state.terms.name },
    registrationId: registration.registrationId,
    agreementNumber: registration.agreementNumber,
    signerName: registration.signature.signerName,
    submittedAt: registration.submittedAt,
  };
}
