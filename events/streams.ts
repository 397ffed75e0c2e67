import * as z from 'zod';

/**
 * Where events live. Each aggregate has its own stream (the unit of consistency), and a few
 * index keys group events across streams for the reads the projections need (a partner's
 * sales, a campaign's registrations) without scanning the store.
 */

// A registration is one partner in one campaign, so its id is derived, which makes a second
// registration of the same pair land on the same stream and be refused there.
export const registrationIdOf = (campaignId: string, mpnId: string) => `${campaignId}--${mpnId}`;

export const RegistrationId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--\d{6,10}$/, { message: 'must be a registration id' });

export const streamIds = {
  partner: (mpnId: string) => `partner-${mpnId}`,
  campaign: (campaignId: string) => `campaign-${campaignId}`,
  registration: (registrationId: string) => `registration-${registrationId}`,
  sale: (saleId: string) => `sale-${saleId}`,
  payout: (registrationId: string) => `payout-${registrationId}`,
  notification: (notificationId: string) => `notification-${notificationId}`,
  journey: (executionName: string) => `journey-${executionName}`,
  paymentProfile: (mpnId: string) => `payment-profile-${mpnId}`,
  fraudFlag: (flagId: string) => `fraud-flag-${flagId}`,
  inquiry: (inquiryId: string) => `inquiry-${inquiryId}`,
  // One person, by the address they sign in with (written in lowercase: one person, one stream).
  staffMember: (email: string) => `staff-${email.toLowerCase()}`,
};

export const indexKeys = {
  campaigns: () => 'campaigns',
  registrationsOfCampaign: (campaignId: string) => `registrations-of-campaign#${campaignId}`,
  salesOfPartner: (mpnId: string) => `sales-of-partner#${mpnId}`,
  payoutsOfCampaign: (campaignId: string) => `payouts-of-campaign#${campaignId}`,
  fraudFlagsOfPartner: (mpnId: string) => `fraud-flags-of-partner#${mpnId}`,
  inquiries: () => 'inquiries',
  staff: () => 'staff',
};
