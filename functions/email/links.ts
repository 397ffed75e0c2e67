/**
 * Where each email sends its reader: the page of the portal (or the approval page) where they act,
 * as an absolute address on the program's public base URL (an email has no address of its own).
 */
export type PortalLinks = {
  /** The login, the MPN ID filled in. */
  logIn(mpnId: string): string;
  /** "I do not have an access code": a new code for the MPN ID, filled in. */
  newCode(mpnId: string): string;
  campaign(campaignId: string): string;
  statement(campaignId: string): string;
  inquiry(inquiryId: string): string;
  paymentProfile(): string;
  approval(token: string): string;
};

export function portalLinks(publicBaseUrl: string): PortalLinks {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const at = (path: string, query?: Record<string, string>) =>
    `${base}${path}${query ? `?${new URLSearchParams(query)}` : ''}`;
  const segment = encodeURIComponent;
  return {
    logIn: (mpnId) => at('/portal', { mpnId }),
    newCode: (mpnId) => at('/portal/access-code', { mpnId }),
    campaign: (campaignId) => at(`/portal/campaigns/${segment(campaignId)}`),
    statement: (campaignId) => at(`/portal/statements/${segment(campaignId)}`),
    inquiry: (inquiryId) => at(`/portal/inquiries/${segment(inquiryId)}`),
    paymentProfile: () => at('/portal/payment-profile'),
    approval: (token) => at(`/approvals/${segment(token)}`),
  };
}
