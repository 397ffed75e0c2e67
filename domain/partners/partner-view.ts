import type { PartnerEvent } from './partner.js';

/** What the program sees of a partner: no code hashes, just where it stands. */
export type PartnerView = {
  mpnId: string;
  companyName: string;
  contactEmail: string;
  status: 'signed-up' | 'active';
  signedUpAt: string;
  activatedAt?: string;
  lastSessionAt?: string;
  accessCodeExpiresAt?: string;
  accessCodeLocked: boolean;
};

export function evolvePartnerView(
  view: PartnerView | undefined,
  event: PartnerEvent,
): PartnerView | undefined {
  if (event.type === 'PartnerSignedUp') {
    const { mpnId, companyName, contactEmail, signedUpAt } = event.data;
    return { mpnId, companyName, contactEmail, status: 'signed-up', signedUpAt, accessCodeLocked: false };
  }
  if (!view) return view;
  switch (event.type) {
    case 'AccessCodeIssued':
      return { ...view, accessCodeExpiresAt: event.data.expiresAt, accessCodeLocked: false };
    case 'AccessCodeLocked':
      return { ...view, accessCodeLocked: true };
    case 'PartnerActivated':
      return { ...view, status: 'active', activatedAt: event.data.activatedAt };
    case 'PartnerSessionOpened':
      return { ...view, lastSessionAt: event.data.openedAt };
    case 'AccessCodeRedemptionFailed':
      return view;
  }
}
