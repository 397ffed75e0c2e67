import { expect } from 'vitest';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import type { PartnerLanguage, PartnerTimeZone } from '../../events/fields.js';
import { registrationIdOf } from '../../events/streams.js';
import { requestApproval } from '../../functions/application/request-approval.js';
import { sendAccessCode } from '../../functions/application/send-access-code.js';
import { sha256Hex } from '../../functions/security/sha256.js';
import { type ApiHarness, KEYS } from './api-harness.js';

/** The steps of the program that API tests build on, each checked as it goes. */

export const TERMS_TEXT = 'Terms and conditions: sell, report truthfully, and be paid per the rate card.';
export const APPROVER = 'approver@program.example';

const journeyMetadata = { correlationId: 'test', causationId: 'test', actor: { role: 'system' as const } };

export async function publish(api: ApiHarness, terms: CampaignTerms, termsText = TERMS_TEXT) {
  const published = await api.call('POST', '/admin/campaigns', {
    token: KEYS.programAdmin,
    body: { terms, termsText },
  });
  expect(published.status).toBe(201);
  return published.body as { campaignId: string; termsSha256: string };
}

export const partnerDetails = (mpnId: string) => ({
  mpnId,
  companyName: `Partner ${mpnId}`,
  contactEmail: `ops-${mpnId}@partner.example`,
  country: 'CA',
});

/** What a partner signs up with: its details, and the language and time zone it reads in. */
export type SignUpDetails = ReturnType<typeof partnerDetails> & {
  language?: PartnerLanguage;
  timeZone?: PartnerTimeZone;
};

/** The access code in the newest email to this partner (docs/http-api.md: the `Access code: <code>` line). */
export function lastAccessCode(
  api: ApiHarness,
  mpnId: string,
  contactEmail = partnerDetails(mpnId).contactEmail,
): string {
  const email = api.mailer.outbox.filter((m) => m.to === contactEmail).at(-1);
  const code = /^Access code: (\S+)$/m.exec(email?.text ?? '')?.[1];
  if (!code) throw new Error(`No access code was emailed to partner ${mpnId}`);
  return code;
}

/** Sign-up through the API, then the journey's first step (sending the code), as the workflow would run it. */
export async function signUp(
  api: ApiHarness,
  mpnId: string,
  details: SignUpDetails = partnerDetails(mpnId),
): Promise<string> {
  const signedUp = await api.call('POST', '/partners/signup', { body: details });
  expect(signedUp.status).toBe(202);
  await sendAccessCode(api.deps, { mpnId, reason: 'first' }, journeyMetadata);
  return lastAccessCode(api, mpnId, details.contactEmail);
}

export async function logIn(
  api: ApiHarness,
  mpnId: string,
  details: SignUpDetails = partnerDetails(mpnId),
): Promise<string> {
  const code = await signUp(api, mpnId, details);
  const session = await api.call('POST', '/partners/session', { body: { mpnId, accessCode: code } });
  expect(session.status).toBe(200);
  return (session.body as { token: string }).token;
}

export async function register(api: ApiHarness, token: string, campaignId: string, termsSha256: string) {
  return api.call('POST', `/campaigns/${campaignId}/registrations`, {
    token,
    body: {
      agreementNumber: 'INV-0048213',
      signature: { signerName: 'Dana Smith', signerEmail: 'dana@partner.example', termsSha256 },
    },
  });
}

/** The approval link token, as the journey's approval step mints and emails it. */
export async function approvalToken(api: ApiHarness, campaignId: string, mpnId: string): Promise<string> {
  const registrationId = registrationIdOf(campaignId, mpnId);
  const { links } = await requestApproval(
    api.deps,
    { registrationId, approverEmails: [APPROVER], reminder: false },
    journeyMetadata,
  );
  const token = links[0]?.token;
  if (!token) throw new Error(`No approval link was made for ${registrationId}`);
  return token;
}

/** A partner logged in and registered for the campaign (signing its T&Cs), waiting for approval; its session token. */
export async function registeredPartner(
  api: ApiHarness,
  campaignId: string,
  mpnId: string,
  details: SignUpDetails = partnerDetails(mpnId),
): Promise<string> {
  const token = await logIn(api, mpnId, details);
  expect((await register(api, token, campaignId, sha256Hex(TERMS_TEXT))).status).toBe(202);
  return token;
}

/** A partner logged in, registered for the campaign (signing its T&Cs) and approved; its session token. */
export async function approvedPartner(
  api: ApiHarness,
  campaignId: string,
  mpnId: string,
  details: SignUpDetails = partnerDetails(mpnId),
): Promise<string> {
  const token = await registeredPartner(api, campaignId, mpnId, details);
  const link = await approvalToken(api, campaignId, mpnId);
  expect((await api.call('POST', `/approvals/${link}`, { body: { decision: 'approve' } })).status).toBe(200);
  return token;
}
