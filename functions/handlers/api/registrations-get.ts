import { notFound } from '../../../domain/refusal.js';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import {
  evolveRegistrationView,
  type RegistrationView,
} from '../../../domain/registrations/registration-view.js';
import type { RecordedEvent } from '../../../events/catalog.js';
import { RegistrationId, streamIds } from '../../../events/streams.js';
import { readSlice } from '../../application/read-slice.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { json } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { registrationSummary } from './registrations-list.js';

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
      example: {
        registrationId: 'new-logo-fy27q1--1234567',
        campaignId: 'new-logo-fy27q1',
        status: 'pending-approval',
        submittedAt: '2026-07-02T15:04:05Z',
        agreementNumber: 'INV-0048213',
        signature: {
          signerName: 'Dana Smith',
          signerEmail: 'dana@northwind.example',
          termsSha256: 'e3b0c442...',
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
function historyEntry(event: RecordedEvent) {
  const entry = { version: event.version, type: event.type, at: event.occurredAt };
  switch (event.type) {
    case 'ApprovalRequested':
      return { ...entry, reminder: event.data.reminder };
    case 'RegistrationRejected':
    case 'RegistrationExpired':
      return { ...entry, reason: event.data.reason };
    default:
      return entry;
  }
}

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, mpnId }) => {
    const registrationId = event.pathParameters?.registrationId ?? '';
    const missing = notFound('registration-not-found', `You have no registration ${registrationId}.`);
    if (!RegistrationId.safeParse(registrationId).success) return refusalResponse(missing);
    const { events } = await readSlice(
      deps().store,
      registrationDecider,
      streamIds.registration(registrationId),
    );
    const view = events.reduce<RegistrationView | undefined>(evolveRegistrationView, undefined);
    // Another partner's registration is answered exactly like one that does not exist.
    if (!view || view.mpnId !== mpnId) return refusalResponse(missing);
    return json(200, {
      ...registrationSummary(view),
      agreementNumber: view.agreementNumber,
      signature: {
        signerName: view.signerName,
        signerEmail: view.signerEmail,
        termsSha256: view.termsSha256,
      },
      history: events.map(historyEntry),
    });
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
