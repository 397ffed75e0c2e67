import { updatePaymentProfile } from '../../application/payment-profile.js';
import { apiHandler } from '../../http/api-handler.js';
import { PaymentProfileBody } from '../../http/payment-profile-body.js';
import { PaymentProfileJson } from '../../http/payment-profile-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'payment-profile-put',
  method: 'PUT',
  path: '/partners/payment-profile',
  role: 'partner',
  body: 'json',
  summary:
    "Sets the payment profile. The bank is named by a reference of the payment system, never by account numbers. A change is emailed (a moment later, by the outbox) to the partner's contact and to the remittance addresses before and after it.",
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
      description:
        'A field is missing or malformed (what reads as an account or card number, or an IBAN, instead of a reference is refused).',
    },
    401: { description: 'No valid partner session.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ body, mpnId, metadata, answer }) => {
    const { profile } = await updatePaymentProfile(deps(), mpnId, body, metadata);
    return answer(200, profile);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
