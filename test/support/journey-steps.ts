import { expect } from 'vitest';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import { addMs } from '../../events/instant.js';
import { sha256Hex } from '../../functions/security/sha256.js';
import type { StoredEmail } from '../../infra/local/ses-local.js';
import { KEYS } from './api-harness.js';
import { partnerDetails, TERMS_TEXT } from './api-journeys.js';
import { eventually } from './eventually.js';
import { dollarPerSkuTerms } from './fixtures.js';
import type { JourneyHarness } from './journey-harness.js';

/** The program's actors, through the local API and the local mail server, as in the announcement. */

export async function call(
  h: JourneyHarness,
  method: string,
  path: string,
  options: { body?: unknown; token?: string } = {},
) {
  const response = await fetch(`${h.apiBase}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

/** A campaign running now, whose period ends `endsInMs` from now (registration closes a little before). */
export function campaignEndingSoon(campaignId: string, endsInMs: number): CampaignTerms {
  const now = new Date().toISOString();
  return dollarPerSkuTerms({
    campaignId,
    period: { start: addMs(now, -86_400_000), end: addMs(now, endsInMs) },
    registrationDeadline: addMs(now, endsInMs - 1000),
  });
}

export async function publishCampaign(h: JourneyHarness, terms: CampaignTerms) {
  const published = await call(h, 'POST', '/admin/campaigns', {
    token: KEYS.programAdmin,
    body: { terms, termsText: TERMS_TEXT },
  });
  expect(published.status).toBe(201);
}

export const emailsTo = async (h: JourneyHarness, to: string, subject?: RegExp) =>
  (await h.ses.emails()).filter(
    (e) => e.destination.to.includes(to) && (!subject || subject.test(e.subject)),
  );

export const emailTo = (h: JourneyHarness, to: string, subject: RegExp, count = 1): Promise<StoredEmail> =>
  eventually(
    `email ${count} to ${to} about ${subject}`,
    async () => (await emailsTo(h, to, subject))[count - 1],
  );

export async function signUpAndLogIn(h: JourneyHarness, mpnId: string): Promise<string> {
  expect((await call(h, 'POST', '/partners/signup', { body: partnerDetails(mpnId) })).status).toBe(202);
  const email = await emailTo(h, partnerDetails(mpnId).contactEmail, /access code/i);
  const code = /^Access code: (\S+)$/m.exec(email.body.text ?? '')?.[1];
  const session = await call(h, 'POST', '/partners/session', { body: { mpnId, accessCode: code } });
  expect(session.status).toBe(200);
  return session.json().token;
}

export async function registerFor(h: JourneyHarness, token: string, campaignId: string) {
  const response = await call(h, 'POST', `/campaigns/${campaignId}/registrations`, {
    token,
    body: {
      agreementNumber: 'INV-0048213',
      signature: {
        signerName: 'Dana Smith',
        signerEmail: 'dana@partner.example',
        termsSha256: sha256Hex(TERMS_TEXT),
      },
    },
  });
  expect(response.status).toBe(202);
  return response.json().registrationId as string;
}

/** The approval link in an approval email (docs/http-api.md: `<base URL>/approvals/<token>`). */
export function approvalLinkIn(email: StoredEmail): string {
  const link = /(http:\/\/\S+\/approvals\/[A-Za-z0-9._-]+)/.exec(email.body.text ?? '')?.[1];
  if (!link) throw new Error(`No approval link in "${email.subject}"`);
  return link;
}
