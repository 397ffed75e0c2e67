import * as z from 'zod';
import { Email, SingleLineText } from '../../../events/fields.js';
import { BankReference } from '../../../events/payment-profiles.js';
import { updatePaymentProfile } from '../../application/payment-profile.js';
import { apiHandler } from '../../http/api-handler.js';
import { PaymentProfileJson } from '../../http/payment-profile-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const PaymentProfileBody = z.strictObject({
  legalName: SingleLineText(200),
  remittanceEmail: Email,
  bankReference: BankReference,
});

export const route = defineRoute({
  name: 'payment-profile-put',
  method: 'PUT',
  path: '/partners/payment-profile',
  role: 'partner',
  body: 'json',
  summary:
    'Sets the payment profile. The bank is named by a reference of the payment system, never by account numbers.',
  uses: ['event-store:append'],
  request: {
    body: PaymentProfileBody,
    example: {
      body: {
        legalName: 'Northwind Traders Ltd.',
        remittanceEmail: 'ap@northwind.example',
        bankReference: 'VENDOR-NW-0042',
      },
    },
  },
  responses: {
    200: { description: 'The profile on file.', body: PaymentProfileJson },
    400: {
      description: 'A field is missing or malformed (an account number instead of a reference is refused).',
    },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, mpnId, metadata, answer }) => {
    const { changed: _, ...profile } = await updatePaymentProfile(deps(), mpnId, body, metadata);
    return answer(200, profile);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
