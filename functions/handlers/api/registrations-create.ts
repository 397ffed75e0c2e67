import * as z from 'zod';
import { AgreementNumber, Email, Sha256Hex, SingleLineText } from '../../../events/fields.js';
import { RegistrationId } from '../../../events/streams.js';
import { registerForCampaign } from '../../application/register-for-campaign.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { RegistrationStatusJson } from '../../http/registration-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { workflowProvider } from '../../runtime/workflow.js';

export const RegistrationBody = z.strictObject({
  agreementNumber: AgreementNumber,
  signature: z.strictObject({ signerName: SingleLineText(200), signerEmail: Email, termsSha256: Sha256Hex }),
});

export const RegisteredJson = z.strictObject({
  registrationId: RegistrationId,
  status: RegistrationStatusJson,
});

export const route = defineRoute({
  name: 'registrations-create',
  method: 'POST',
  path: '/campaigns/{campaignId}/registrations',
  role: 'partner',
  body: 'json',
  summary: 'Register for a campaign with an agreement number and a signature of the current T&Cs.',
  uses: ['event-store:append', 'journeys:start'],
  request: {
    body: RegistrationBody,
    example: {
      body: {
        agreementNumber: 'INV-0048213',
        signature: {
          signerName: 'Dana Smith',
          signerEmail: 'dana@northwind.example',
          termsSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        },
      },
    },
  },
  responses: {
    202: {
      description: 'Registered; the approvers are asked to decide.',
      body: RegisteredJson,
      example: { registrationId: 'new-logo-fy27q1--1234567', status: 'pending-approval' },
    },
    400: { description: 'A field is missing or malformed.' },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such campaign.' },
    409: { description: 'Already registered for this campaign, or the partner is not active.' },
    422: { description: 'The deadline has passed, or the signed T&C version is not the current one.' },
  },
});

/**
 * One registration per partner and campaign; each goes through its own journey (approval, then
 * the payout when the campaign ends). A repeated registration answers 409 but still makes sure its
 * journey runs, in case a failure stopped it from starting the first time.
 */
export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, body, mpnId, metadata, answer }) => {
    const campaignId = event.pathParameters?.campaignId ?? '';
    const registered = await registerForCampaign(deps(), { campaignId, mpnId, ...body }, metadata);
    if (!registered.ok) return refusalResponse(registered.refusal);
    const { registrationId, status } = registered.registration;
    return answer(202, { registrationId, status });
  });

export const handler = createHandler(
  routeRuntime(route, { 'event-store:append': storeProvider, 'journeys:start': workflowProvider }),
);
