import * as z from 'zod';
import { Email, MpnId, Text } from '../../../events/fields.js';
import { checkSignUp } from '../../application/fraud/fraud-flags.js';
import { sendAccessCode } from '../../application/send-access-code.js';
import { signUpPartner } from '../../application/sign-up-partner.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { runtime } from '../../runtime/runtime.js';

export const SignUpBody = z.strictObject({
  mpnId: MpnId,
  companyName: Text(200),
  contactEmail: Email,
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code, e.g. CA' })
    .transform((c) => c.toUpperCase()),
});

export const route = defineRoute({
  name: 'partners-signup',
  method: 'POST',
  path: '/partners/signup',
  role: 'anyone',
  body: 'json',
  summary: 'Sign up with an MPN ID; an access code is emailed to the contact on file.',
  uses: ['event-store:append', 'journeys:start', 'email'],
  request: {
    body: SignUpBody,
    example: {
      body: {
        mpnId: '1234567',
        companyName: 'Northwind Traders',
        contactEmail: 'ops@northwind.example',
        country: 'CA',
      },
    },
  },
  responses: {
    202: {
      description: 'The access code is on its way.',
      example: { mpnId: '1234567', status: 'access-code-sent' },
    },
    400: { description: 'A field is missing or malformed.' },
    422: { description: "The country is not the program's (country-not-eligible)." },
    429: { description: 'Three codes were already sent in the last hour (Retry-After says when to try).' },
  },
});

/**
 * The first sign-up starts the partner's journey, whose first step emails the code. Signing up
 * again sends a new code to the contact already on file (never to a new address), which replaces
 * the old one.
 */
export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata }) => {
    const input = parseRequest(SignUpBody, event.body, 'body');
    const app = deps();
    const { firstSignUp } = await signUpPartner(app, input, metadata);
    if (firstSignUp) await checkSignUp(app, input, metadata);
    // Starting is idempotent, so a repeated sign-up also starts a journey that a failure kept
    // from starting; its first step then finds this code already sent.
    if (!firstSignUp) await sendAccessCode(app, input.mpnId, metadata);
    await app.workflow.startJourney({ kind: 'onboarding', mpnId: input.mpnId });
    return json(202, { mpnId: input.mpnId, status: 'access-code-sent' });
  });

export const handler = createHandler(runtime);
