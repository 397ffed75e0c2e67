import * as z from 'zod';
import { Email, MpnId, PartnerLanguage, PartnerTimeZone, SingleLineText } from '../../../events/fields.js';
import { signUpPartner } from '../../application/sign-up-partner.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider, usageCountersProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { workflowProvider } from '../../runtime/workflow.js';

export const SignUpBody = z.strictObject({
  mpnId: MpnId,
  companyName: SingleLineText(200),
  contactEmail: Email,
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter country code, e.g. CA' })
    .transform((c) => c.toUpperCase()),
  language: PartnerLanguage.optional(),
  timeZone: PartnerTimeZone.optional(),
});

export const SignedUpJson = z.strictObject({ mpnId: MpnId, status: z.literal('access-code-sent') });

export const route = defineRoute({
  name: 'partners-signup',
  method: 'POST',
  path: '/partners/signup',
  role: 'anyone',
  body: 'json',
  summary: 'Sign up with an MPN ID; an access code is emailed to the contact on file.',
  uses: ['event-store:append', 'journeys:start', 'usage-counters'],
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
      body: SignedUpJson,
      example: { mpnId: '1234567', status: 'access-code-sent' },
    },
    400: { description: 'A field is missing or malformed.' },
    422: { description: "The country is not the program's (country-not-eligible)." },
    429: {
      description:
        'Too many sign-ups from this source address, or giving this email address, in the hour (too-many-sign-ups; Retry-After).',
    },
  },
});

/**
 * The first sign-up starts the partner's journey, whose first step emails the code. Signing up
 * again asks for a new code, emailed to the contact already on file (never to a new address). The
 * answer does not say which it was.
 */
export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, sourceIp, metadata, answer }) => {
    const signedUp = await signUpPartner(deps(), { ...body, sourceIp }, metadata);
    if (!signedUp.ok) return refusalResponse(signedUp.refusal);
    return answer(202, { mpnId: signedUp.mpnId, status: 'access-code-sent' });
  });

export const handler = createHandler(
  routeRuntime(route, {
    'event-store:append': storeProvider,
    'journeys:start': workflowProvider,
    'usage-counters': usageCountersProvider,
  }),
);
