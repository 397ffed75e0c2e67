import { evolveCampaign, initialCampaignState } from '../../domain/campaigns/campaign.js';
import { evolveFraudFlag, type FraudFlagState } from '../../domain/fraud/fraud-flag.js';
import { evolveInquiry, type InquiryState } from '../../domain/inquiries/inquiry.js';
import { evolvePartner, initialPartnerState } from '../../domain/partners/partner.js';
import { evolvePayout, initialPayoutState } from '../../domain/payouts/payout.js';
import { evolveRegistration, initialRegistrationState } from '../../domain/registrations/registration.js';
import { evolveSale, initialSaleState } from '../../domain/sales/sale.js';

/** Each aggregate's fold, as the command handler loads it. */
export const partnerSlice = { evolve: evolvePartner, initialState: initialPartnerState };
export const campaignSlice = { evolve: evolveCampaign, initialState: initialCampaignState };
export const registrationSlice = { evolve: evolveRegistration, initialState: initialRegistrationState };
export const saleSlice = { evolve: evolveSale, initialState: initialSaleState };
export const payoutSlice = { evolve: evolvePayout, initialState: initialPayoutState };
export const fraudFlagSlice = {
  evolve: evolveFraudFlag,
  initialState: (): FraudFlagState => undefined,
};
export const inquirySlice = {
  evolve: evolveInquiry,
  initialState: (): InquiryState => undefined,
};
