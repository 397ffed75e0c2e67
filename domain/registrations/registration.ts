import type { EventOfType } from '../../events/catalog.js';

/** The events of a registration's stream. */
export const registrationEventTypes = [
  'RegistrationSubmitted',
  'ApprovalRequested',
  'RegistrationApproved',
  'RegistrationRejected',
  'RegistrationExpired',
] as const;

export type RegistrationEvent = EventOfType<(typeof registrationEventTypes)[number]>;

export type RegistrationStatus = 'pending-approval' | 'approved' | 'rejected' | 'expired';

export type ApprovalLink = { approverEmail: string; tokenHash: string; expiresAt: string };

export type Decision = { decidedAt: string; approverEmail?: string; reason?: string };

export type Registration = {
  status: RegistrationStatus;
  registrationId: string;
  campaignId: string;
  mpnId: string;
  agreementNumber: string;
  signature: { signerName: string; signerEmail: string; termsSha256: string; signedAt: string };
  submittedAt: string;
  approvalLinks: ApprovalLink[];
  /** When approvers were first asked: the reminder is due a while after. */
  approvalRequestedAt?: string;
  reminderSent: boolean;
  decision?: Decision;
};

export type RegistrationState = { status: 'none' } | Registration;

export const initialRegistrationState = (): RegistrationState => ({ status: 'none' });

export function evolveRegistration(state: RegistrationState, event: RegistrationEvent): RegistrationState {
  if (event.type === 'RegistrationSubmitted') {
    const { registrationId, campaignId, mpnId, agreementNumber, signature, submittedAt } = event.data;
    return {
      status: 'pending-approval',
      registrationId,
      campaignId,
      mpnId,
      agreementNumber,
      signature,
      submittedAt,
      approvalLinks: [],
      reminderSent: false,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ApprovalRequested': {
      const { approvals, expiresAt, reminder, requestedAt } = event.data;
      const links = approvals.map((a) => ({ ...a, expiresAt }));
      return {
        ...state,
        approvalLinks: [...state.approvalLinks, ...links],
        approvalRequestedAt: state.approvalRequestedAt ?? requestedAt,
        reminderSent: state.reminderSent || reminder,
      };
    }
    case 'RegistrationApproved':
      return {
        ...state,
        status: 'approved',
        decision: { decidedAt: event.data.decidedAt, approverEmail: event.data.approverEmail },
      };
    case 'RegistrationRejected':
      return {
        ...state,
        status: 'rejected',
        decision: {
          decidedAt: event.data.decidedAt,
          approverEmail: event.data.approverEmail,
          reason: event.data.reason,
        },
      };
    case 'RegistrationExpired':
      return { ...state, status: 'expired', decision: { decidedAt: event.data.expiredAt } };
  }
}
