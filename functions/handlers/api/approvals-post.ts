import * as z from 'zod';
import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import { multiLine } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { RegistrationId } from '../../../events/streams.js';
import { openApprovalLink } from '../../application/approval-link.js';
import { decideByApprovalLink } from '../../application/decide-on-registration.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse, statusOfRefusal } from '../../http/error-response.js';
import { RegistrationStatusJson } from '../../http/registration-json.js';
import { JSON_TYPE, PAGE } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { workflowProvider } from '../../runtime/workflow.js';
import { approvalPage, approverWords, linkProblemPage } from '../../web/approval/approval-page.js';
import { pageResult } from '../../web/page-result.js';

export const DecisionBody = z.strictObject({
  decision: z.enum(['approve', 'reject'], { message: "must be 'approve' or 'reject'" }),
  reason: multiLine(z.string().trim().max(1000, { message: 'must be at most 1,000 characters' })).optional(),
});

/** The decision as recorded, for a JSON post. */
export const DecidedJson = z.strictObject({
  registrationId: RegistrationId,
  status: RegistrationStatusJson,
  decidedAt: Instant,
});

// A form post is answered with a page, its refusals included; a JSON post with JSON.
const JSON_OR_PAGE = [JSON_TYPE, PAGE] as const;

export const route = defineRoute({
  name: 'approvals-post',
  method: 'POST',
  path: '/approvals/{token}',
  role: 'approver',
  body: 'json-or-form',
  summary:
    'Approve or reject the registration of an approval link (form or JSON); a rejection needs a reason.',
  uses: ['event-store:append', 'journeys:resume'],
  request: {
    body: DecisionBody,
    example: { body: { decision: 'reject', reason: 'The agreement number is not ours.' } },
  },
  responses: {
    200: {
      description: 'Decided: a page for a form, JSON otherwise.',
      contentTypes: JSON_OR_PAGE,
      body: DecidedJson,
      example: {
        registrationId: 'new-logo-fy27q1--1234567',
        status: 'rejected',
        decidedAt: '2026-07-03T09:00:00Z',
      },
    },
    400: { description: 'No decision, or an unknown one.' },
    404: { description: 'Not a link that was sent.', contentTypes: JSON_OR_PAGE },
    409: {
      description: 'The registration was already decided (a form gets the page showing that decision).',
      contentTypes: JSON_OR_PAGE,
    },
    410: { description: 'The link expired.', contentTypes: JSON_OR_PAGE },
    422: {
      description: 'A rejection without a reason (a form gets the page again, saying so beside the reason).',
      contentTypes: JSON_OR_PAGE,
    },
  },
});

const isFormPost = (contentType: string | undefined) =>
  /^application\/x-www-form-urlencoded/i.test(contentType ?? '');

/**
 * The decision is recorded once, then the registration's journey moves on (the partner is
 * emailed). A decision sent again answers 409 and, in case the first one could not tell the
 * journey, tells it again.
 */
export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, body, metadata, answer }) => {
    const token = event.pathParameters?.token ?? '';
    const app = deps();
    const decided = await decideByApprovalLink(app, { token, ...body }, metadata);
    if (!isFormPost(event.headers?.['content-type'])) {
      if (!decided.ok) return refusalResponse(decided.refusal);
      const { registrationId, status } = decided.registration;
      return answer(200, { registrationId, status, decidedAt: decided.decision.decidedAt });
    }
    const w = approverWords(event.headers?.['accept-language']);
    // A browser is shown the decision, also when someone else made it first.
    if (decided.ok || decided.refusal.code === 'already-decided') {
      const opened = await openApprovalLink(app, token);
      if (!opened.ok)
        throw new UnexpectedRefusalError('Opening the link a decision came through', opened.refusal);
      return pageResult(decided.ok ? 200 : 409, approvalPage(w, opened.context));
    }
    const { refusal } = decided;
    if (refusal.code === 'rejection-reason-required') {
      const opened = await openApprovalLink(app, token);
      const form = { reason: body.reason ?? '', error: w.t('approval.reason.required') };
      if (opened.ok) return pageResult(statusOfRefusal(refusal), approvalPage(w, opened.context, form));
    }
    return pageResult(statusOfRefusal(refusal), linkProblemPage(w, 'approval.problem.notRecorded', refusal));
  });

export const handler = createHandler(
  routeRuntime(route, { 'event-store:append': storeProvider, 'journeys:resume': workflowProvider }),
);
