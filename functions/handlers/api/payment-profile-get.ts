import { notFound } from '../../../domain/refusal.js';
import { loadPaymentProfile } from '../../application/payment-profile.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { PaymentProfileJson } from '../../http/payment-profile-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'payment-profile-get',
  method: 'GET',
  path: '/partners/payment-profile',
  role: 'partner',
  body: 'none',
  summary: "The partner's payment profile: legal name, remittance email and bank reference.",
  uses: ['event-store:read'],
  responses: {
    200: {
      description: 'The profile on file.',
      body: PaymentProfileJson,
      example: {
        legalName: 'Northwind Traders Ltd.',
        remittanceEmail: 'ap@northwind.example',
        bankReference: 'VENDOR-NW-0042',
        updatedAt: '2026-07-02T15:04:05Z',
      },
    },
    401: { description: 'No valid partner session.' },
    404: { description: 'No profile yet: payments are held until there is one.' },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ mpnId, answer }) => {
    const profile = await loadPaymentProfile(deps().store, mpnId);
    if (!profile) {
      return refusalResponse(
        notFound(
          'payment-profile-not-found',
          'There is no payment profile yet; payments are held until there is one.',
        ),
      );
    }
    return answer(200, profile);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
