import type { PartnerNotification } from '../../../domain/journeys/journey-plan.js';
import { partnerDecider } from '../../../domain/partners/decide.js';
import { streamIds } from '../../../events/streams.js';
import { writingFor } from '../../email/readers.js';
import {
  accessCodeExpiredEmail,
  registrationDecisionEmail,
  registrationExpiredEmail,
} from '../../email/templates.js';
import type { Journey } from '../../ports/workflow.js';
import { readSlice } from '../read-slice.js';
import { partnerAndCampaignOf } from '../registration-context.js';
import { type Notification, sendNotification } from '../send-notification.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';
import { loadRegistration, notificationIds } from './journey-facts.js';

/** Tells the partner what happened: its code expired, or its registration was decided or expired. */
export async function notifyPartner(
  deps: JourneyDeps,
  journey: Journey,
  kind: PartnerNotification,
  executionName: string,
): Promise<void> {
  await sendNotification(deps, await notificationFor(deps, journey), journeyMetadata(executionName, kind));
}

async function partnerProfile(deps: JourneyDeps, mpnId: string) {
  const { state } = await readSlice(deps.store, partnerDecider, streamIds.partner(mpnId));
  if (state.status === 'unknown') throw new Error(`No partner ${mpnId} is recorded`);
  return state;
}

async function notificationFor(deps: JourneyDeps, journey: Journey): Promise<Notification> {
  if (journey.kind === 'onboarding') {
    const partner = await partnerProfile(deps, journey.mpnId);
    return {
      notificationId: notificationIds.codeExpired(partner.currentCode?.codeId ?? 'none'),
      template: 'access-code-expired',
      mpnId: journey.mpnId,
      message: accessCodeExpiredEmail(writingFor(deps.publicBaseUrl, partner.profile), partner.profile),
    };
  }
  const registration = await loadRegistration(deps.store, journey.registrationId);
  const { partner, campaign } = await partnerAndCampaignOf(deps.store, registration);
  const campaignRef = { campaignId: campaign.campaignId, name: campaign.terms.name };
  const writing = writingFor(deps.publicBaseUrl, partner);
  const { registrationId, mpnId, status, decision } = registration;
  if (status === 'approved' || status === 'rejected') {
    return {
      notificationId: notificationIds.decision(registrationId),
      template: 'registration-decision',
      mpnId,
      message: registrationDecisionEmail(writing, partner, campaignRef, {
        status,
        ...(decision?.reason ? { reason: decision.reason } : {}),
      }),
    };
  }
  if (status === 'expired') {
    return {
      notificationId: notificationIds.registrationExpired(registrationId),
      template: 'registration-expired',
      mpnId,
      message: registrationExpiredEmail(writing, partner, campaignRef),
    };
  }
  throw new Error(`Registration ${registrationId} is ${status}: there is nothing to tell its partner yet`);
}
