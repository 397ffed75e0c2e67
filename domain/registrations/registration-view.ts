import type { RegistrationEvent, RegistrationStatus } from './registration.js';

/** A registration as the partner's dashboard and the campaign's list show it. */
export type RegistrationView = {
  registrationId: string;
  campaignId: string;
  mpnId: string;
  status: RegistrationStatus;
  agreementNumber: string;
  signerName: string;
  signerEmail: string;
  termsSha256: string;
  submittedAt: string;
  approvalRequestedAt?: string;
  decidedAt?: string;
  decidedBy?: string;
  reason?: string;
};

export function evolveRegistrationView(
  view: RegistrationView | undefined,
  event: RegistrationEvent,
): RegistrationView | undefined {
  if (event.type === 'RegistrationSubmitted') {
    const { registrationId, campaignId, mpnId, agreementNumber, signature, submittedAt } = event.data;
    const { signerName, signerEmail, termsSha256 } = signature;
    return {
      registrationId,
      campaignId,
      mpnId,
      status: 'pending-approval',
      agreementNumber,
      signerName,
      signerEmail,
      termsSha256,
      submittedAt,
    };
  }
  if (!view) return view;
  switch (event.type) {
    case 'ApprovalRequested':
      return { ...view, approvalRequestedAt: view.approvalRequestedAt ?? event.data.requestedAt };
    case 'RegistrationApproved':
      return {
        ...view,
        status: 'approved',
        decidedAt: event.data.decidedAt,
        decidedBy: event.data.approverEmail,
      };
    case 'RegistrationRejected':
      return {
        ...view,
        status: 'rejected',
        decidedAt: event.data.decidedAt,
        decidedBy: event.data.approverEmail,
        reason: event.data.reason,
      };
    case 'RegistrationExpired':
      return {
        ...view,
        status: 'expired',
        decidedAt: event.data.expiredAt,
        reason: 'Not decided before the campaign ended.',
      };
  }
}
