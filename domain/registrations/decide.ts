import { isOneOf } from '../../events/catalog.js';
import { addMs, instantMs } from '../../events/instant.js';
import { registrationIdOf } from '../../events/streams.js';
import type { CampaignState } from '../campaigns/campaign.js';
import { accept, type Decider, type Decision, refuse } from '../decider.js';
import type { PartnerState } from '../partners/partner.js';
import { conflict, expired, notFound, type Refusal, ruleViolation } from '../refusal.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type Registration,
  type RegistrationEvent,
  type RegistrationState,
  registrationEventTypes,
} from './registration.js';

export type RegisterForCampaign = {
  type: 'RegisterForCampaign';
  data: {
    campaignId: string;
    mpnId: string;
    agreementNumber: string;
    signature: { signerName: string; signerEmail: string; termsSha256: string };
  };
  /** The partner and the campaign as they stand: registration rules depend on both. */
  context: { partner: PartnerState; campaign: CampaignState };
  metadata: { now: string };
};

/** The link tokens are generated at the edge; the domain keeps only their hashes. */
export type RequestApproval = {
  type: 'RequestApproval';
  data: {
    registrationId: string;
    approvals: { approverEmail: string; tokenHash: string }[];
    reminder: boolean;
  };
  metadata: { now: string; approvalLinkTtlMs: number };
};

export type DecideOnRegistration = {
  type: 'DecideOnRegistration';
  data: { registrationId: string; tokenHash: string; decision: 'approve' | 'reject'; reason?: string };
  metadata: { now: string };
};

/** An approver signed in to the console decides, as themselves: no link is needed. */
export type DecideAsApprover = {
  type: 'DecideAsApprover';
  data: { registrationId: string; approverEmail: string; decision: 'approve' | 'reject'; reason?: string };
  metadata: { now: string };
};

export type ExpireRegistration = {
  type: 'ExpireRegistration';
  data: { registrationId: string; campaignPeriodEnd: string };
  metadata: { now: string };
};

export type RegistrationCommand =
  | RegisterForCampaign
  | RequestApproval
  | DecideOnRegistration
  | DecideAsApprover
  | ExpireRegistration;

export type RegistrationRefusalCode =
  | 'campaign-not-found'
  | 'partner-not-active'
  | 'already-registered'
  | 'registration-deadline-passed'
  | 'terms-version-outdated'
  | 'registration-not-found'
  | 'already-decided'
  | 'approval-link-invalid'
  | 'approval-link-expired'
  | 'rejection-reason-required'
  | 'campaign-not-ended';

type RegistrationDecision = Decision<RegistrationEvent, RegistrationRefusalCode>;

/**
 * Step 2 of the portal: an active partner registers once per campaign, before its deadline,
 * with an agreement number and a signature of the current T&C version.
 */
export function registerForCampaign(
  command: RegisterForCampaign,
  state: RegistrationState,
): RegistrationDecision {
  const { data, context, metadata } = command;
  const { campaign, partner } = context;
  if (campaign.status !== 'published') {
    return refuse(notFound('campaign-not-found', `There is no campaign ${data.campaignId}.`));
  }
  if (partner.status !== 'active') {
    return refuse(conflict('partner-not-active', `Partner ${data.mpnId} has not activated its access yet.`));
  }
  const registrationId = registrationIdOf(data.campaignId, data.mpnId);
  if (state.status !== 'none') {
    return refuse(
      conflict('already-registered', `Partner ${data.mpnId} is already registered for ${data.campaignId}.`, {
        registrationId,
        status: state.status,
      }),
    );
  }
  if (instantMs(metadata.now) > instantMs(campaign.terms.registrationDeadline)) {
    return refuse(
      ruleViolation('registration-deadline-passed', `Registration for ${data.campaignId} closed.`, {
        registrationDeadline: campaign.terms.registrationDeadline,
      }),
    );
  }
  if (data.signature.termsSha256 !== campaign.termsSha256) {
    return refuse(
      ruleViolation(
        'terms-version-outdated',
        'The signed T&C version is not the current one: download the T&Cs again and sign them.',
        { currentTermsSha256: campaign.termsSha256 },
      ),
    );
  }
  return accept({
    type: 'RegistrationSubmitted',
    data: {
      registrationId,
      campaignId: data.campaignId,
      mpnId: data.mpnId,
      agreementNumber: data.agreementNumber,
      signature: { ...data.signature, signedAt: metadata.now },
      submittedAt: metadata.now,
    },
  });
}

/** Approval links go out while a registration is pending; the one reminder is sent once. */
export function requestApproval(command: RequestApproval, state: RegistrationState): RegistrationDecision {
  const { data, metadata } = command;
  if (state.status === 'none') return refuse(notRegistered(data.registrationId));
  if (state.status !== 'pending-approval') return refuse(alreadyDecided(state));
  // A retried step sends nothing new; links are renewed only once all of them expired undecided.
  const live = state.approvalLinks.some((l) => instantMs(metadata.now) < instantMs(l.expiresAt));
  if (data.reminder && state.reminderSent && live) return accept();
  return accept({
    type: 'ApprovalRequested',
    data: {
      ...keysOf(state),
      approvals: data.approvals,
      requestedAt: metadata.now,
      expiresAt: addMs(metadata.now, metadata.approvalLinkTtlMs),
      reminder: data.reminder,
    },
  });
}

/** A decision comes through a live approval link, once; a rejection says why. */
export function decideOnRegistration(
  command: DecideOnRegistration,
  state: RegistrationState,
): RegistrationDecision {
  const { data, metadata } = command;
  if (state.status === 'none') return refuse(notRegistered(data.registrationId));
  const link = state.approvalLinks.find((l) => l.tokenHash === data.tokenHash);
  if (!link) return refuse(invalidApprovalLink());
  if (state.status !== 'pending-approval') return refuse(alreadyDecided(state));
  if (instantMs(metadata.now) >= instantMs(link.expiresAt))
    return refuse(expiredApprovalLink(link.expiresAt));
  return decision(state, { ...data, approverEmail: link.approverEmail }, metadata.now);
}

/** The same decision, by an approver of the staff directory signed in to the console. */
export function decideAsApprover(command: DecideAsApprover, state: RegistrationState): RegistrationDecision {
  const { data, metadata } = command;
  if (state.status === 'none') return refuse(notRegistered(data.registrationId));
  if (state.status !== 'pending-approval') return refuse(alreadyDecided(state));
  return decision(state, data, metadata.now);
}

function decision(
  state: Registration,
  data: { approverEmail: string; decision: 'approve' | 'reject'; reason?: string },
  now: string,
): RegistrationDecision {
  const decided = { ...keysOf(state), approverEmail: data.approverEmail, decidedAt: now };
  if (data.decision === 'approve') return accept({ type: 'RegistrationApproved', data: decided });
  const reason = data.reason?.trim();
  if (!reason)
    return refuse(ruleViolation('rejection-reason-required', 'A rejection must give the partner a reason.'));
  return accept({ type: 'RegistrationRejected', data: { ...decided, reason } });
}

/** A registration nobody decided by the end of its campaign expires: it can earn nothing. */
export function expireRegistration(
  command: ExpireRegistration,
  state: RegistrationState,
): RegistrationDecision {
  const { data, metadata } = command;
  if (state.status === 'none') return refuse(notRegistered(data.registrationId));
  if (state.status !== 'pending-approval') return accept();
  if (instantMs(metadata.now) < instantMs(data.campaignPeriodEnd)) {
    return refuse(
      ruleViolation('campaign-not-ended', 'A registration can expire only once its campaign has ended.', {
        periodEnd: data.campaignPeriodEnd,
      }),
    );
  }
  return accept({
    type: 'RegistrationExpired',
    data: { ...keysOf(state), reason: 'undecided-at-campaign-end', expiredAt: metadata.now },
  });
}

export function decideRegistration(
  command: RegistrationCommand,
  state: RegistrationState,
): RegistrationDecision {
  switch (command.type) {
    case 'RegisterForCampaign':
      return registerForCampaign(command, state);
    case 'RequestApproval':
      return requestApproval(command, state);
    case 'DecideOnRegistration':
      return decideOnRegistration(command, state);
    case 'DecideAsApprover':
      return decideAsApprover(command, state);
    case 'ExpireRegistration':
      return expireRegistration(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown registration command ${JSON.stringify(unknown)}`);
    }
  }
}

export const registrationDecider: Decider<
  RegistrationCommand,
  RegistrationState,
  RegistrationEvent,
  RegistrationRefusalCode
> = {
  isOwnEvent: isOneOf(registrationEventTypes),
  decide: decideRegistration,
  evolve: evolveRegistration,
  initialState: initialRegistrationState,
};

const notRegistered = (registrationId: string) =>
  notFound('registration-not-found', `There is no registration ${registrationId}.`);

export const invalidApprovalLink = (): Refusal<'approval-link-invalid'> =>
  notFound('approval-link-invalid', 'This approval link is not valid.');

export const expiredApprovalLink = (expiredAt: string): Refusal<'approval-link-expired'> =>
  expired('approval-link-expired', 'This approval link has expired.', { expiredAt });

const keysOf = (r: Registration) => ({
  registrationId: r.registrationId,
  campaignId: r.campaignId,
  mpnId: r.mpnId,
});

const alreadyDecided = (r: Registration) =>
  conflict('already-decided', `Registration ${r.registrationId} is already ${r.status}.`, {
    status: r.status,
  });
