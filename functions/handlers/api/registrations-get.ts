import * as z from 'zod';
import { notFound } from '../../../domain/refusal.js';
import type { RegistrationEvent } from '../../../domain/registrations/registration.js';
import { AgreementNumber, Email, Sha256Hex, Text } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { partnerRegistration } from '../../application/partner-registrations.js';
import type { Recorded } from '../../application/read-slice.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { RegistrationSummaryJson } from '../../http/registration-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { registrationSummary } from './registrations-list.js';

const entry = { version: z.number().int().min(1), at: Instant };

/** The partner's registration with its history: approvers' links and addresses stay with the program. */
export const RegistrationJson = RegistrationSummaryJson.extend({
  agreementNumber: AgreementNumber,
  signature: z.strictObject({ signerName: Text(200), signerEmail: Email, termsSha256: Sha256Hex }),
  history: z.array(
    z.union([
      z.strictObject({ ...entry, type: z.enum(['RegistrationSubmitted', 'RegistrationApproved']) }),
      z.strictObject({ ...entry, type: z.literal('ApprovalRequested'), reminder: z.boolean() }),
      z.strictObject({
        ...entry,
        type: z.enum(['RegistrationRejected', 'RegistrationExpired']),
        reason: Text(1000),
      }),
    ]),
  ),
});

export const route = defineRoute({
  name: 'registrations-get',
  method: 'GET',
  path: '/registrations/{registrationId}',
  role: 'partner',
  body: 'none',
  summary: "One of the partner's registrations, with its history of events.",
  uses: ['event-store:read'],
  responses: {
    200: {
      description: 'The registration; `history` lists what happened to it, oldest first.',
      body: RegistrationJson,
      example: {
        registrationId: 'new-logo-fy27q1--1234567',
        campaignId: 'new-logo-fy27q1',
        status: 'pending-approval',
        submittedAt: '2026-07-02T15:04:05Z',
        agreementNumber: 'INV-0048213',
        signature: {
          signerName: 'Dana Smith',
          signerEmail: 'dana@northwind.example',
          termsSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        },
        history: [
          { version: 1, type: 'RegistrationSubmitted', at: '2026-07-02T15:04:05Z' },
          { version: 2, type: 'ApprovalRequested', at: '2026-07-02T15:04:06Z', reminder: false },
        ],
      },
    },
    401: { description: 'No valid partner session.' },
    404: { description: 'No such registration of this partner.' },
  },
});

/** What each event tells the partner: approvers' links and addresses stay with the program. */
function historyEntry(event: Recorded<RegistrationEvent>) {
  const { version, occurredAt: at } = event;
  switch (event.type) {
    case 'ApprovalRequested':
      return { version, type: event.type, at, reminder: event.data.reminder };
    case 'RegistrationRejected':
    case 'RegistrationExpired':
      return { version, type: event.type, at, reason: event.data.reason };
    default:
      return { version, type: event.type, at };
  }
}

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, mpnId, answer }) => {
    const registrationId = event.pathParameters?.registrationId ?? '';
    const found = await partnerRegistration(deps().store, registrationId, mpnId);
    if (!found)
      return refusalResponse(
        notFound('registration-not-found', `You have no registration ${registrationId}.`),
      );
    const { view, history } = found;
    return answer(200, {
      ...registrationSummary(view),
      agreementNumber: view.agreementNumber,
      signature: {
        signerName: view.signerName,
        signerEmail: view.signerEmail,
        termsSha256: view.termsSha256,
      },
      history: history.map(historyEntry),
    });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
