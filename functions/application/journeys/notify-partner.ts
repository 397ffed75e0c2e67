import type { PartnerNotification } from '../../../domain/journeys/journey-plan.js';
import { streamIds } from '../../../events/streams.js';
import {
  accessCodeExpiredEmail,
  accessCodeLockedEmail,
  registrationDecisionEmail,
  registrationExpiredEmail,
} from '../../email/templates.js';
import type { Journey } from '../../ports/workflow.js';
import { loadState } from '../handle-command.js';
import { type Notification, sendNotification } from '../send-notification.js';
import { campaignSlice, partnerSlice } from '../slices.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';
import { loadRegistration, notificationIds } from './journey-facts.js';

/** Tells the partner what happened: its code expired or locked, or its registration was decided or expired. */
export async function notifyPartner(
  deps: JourneyDeps,
  journey: Journey,
  kind: PartnerNotification,
  executionName: string,
): Promise<void> {
  await sendNotification(
    deps,
    await notificationFor(deps, journey, kind),
    journeyMetadata(executionName, kind),
  );
}

async function partnerProfile(deps: JourneyDeps, mpnId: string) {
  const { state } = await loadState(deps.store, streamIds.partner(mpnId), partnerSlice);
  if (state.status === 'unknown') throw new Error(`No partner ${mpnId} is recorded`);
  return state;
}

async function notificationFor(
  deps: JourneyDeps,
  journey: Journey,
  kind: PartnerNotification,
): Promise<Notification> {
  if (journey.kind === 'onboarding') {
    const partner = await partnerProfile(deps, journey.mpnId);
    const codeId = partner.currentCode?.codeId ?? 'none';
    const locked = kind === 'access-code-locked';
    return {
      notificationId: locked ? notificationIds.codeLocked(codeId) : notificationIds.codeExpired(codeId),
      template: kind === 'access-code-locked' ? 'access-code-locked' : 'access-code-expired',
      mpnId: journey.mpnId,
      message: locked ? accessCodeLockedEmail(partner.profile) : accessCodeExpiredEmail(partner.profile),
    };
  }
  const registration = await loadRegistration(deps.store, journey.registrationId);
  const [partner, campaign] = await Promise.all([
    partnerProfile(deps, registration.mpnId),
    loadState(deps.store, streamIds.campaign(registration.campaignId), campaignSlice),
  ]);
  if (campaign.state.status !== 'published')
    throw new Error(`No campaign ${registration.campaignId} is published`);
  const campaignRef = { campaignId: campaign.state.campaignId, name: campaign.state.terms.name };
  const { registrationId, mpnId, status, decision } = registration;
  if (status === 'approved' || status === 'rejected') {
    return {
      notificationId: notificationIds.decision(registrationId),
      template: 'registration-decision',
      mpnId,
      message: registrationDecisionEmail(partner.profile, campaignRef, {
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
      message: registrationExpiredEmail(partner.profile, campaignRef),
    };
  }
  throw new Error(`Registration ${registrationId} is ${status}: there is nothing to tell its partner yet`);
}
