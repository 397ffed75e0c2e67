import * as z from 'zod';
import { DomainError } from '../../../domain/errors.js';
import { openApprovalLink } from '../../application/approval-link.js';
import { decideOnRegistration } from '../../application/decide-on-registration.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { ApiError } from '../../http/api-error.js';
import { apiHandler } from '../../http/api-handler.js';
import { statusOfDomainError } from '../../http/error-response.js';
import { decidedPage, linkProblemPage } from '../../http/pages/approval-pages.js';
import { parseRequest } from '../../http/parse.js';
import { html, json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { runtime } from '../../runtime/runtime.js';

export const DecisionBody = z.strictObject({
  decision: z.enum(['approve', 'reject'], { message: "must be 'approve' or 'reject'" }),
  reason: z.string().trim().max(1000, { message: 'must be at most 1,000 characters' }).optional(),
});

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
      example: {
        registrationId: 'new-logo-fy27q1--1234567',
        status: 'rejected',
        decidedAt: '2026-07-03T09:00:00Z',
      },
    },
    400: { description: 'No decision, or an unknown one.' },
    404: { description: 'Not a link that was sent.' },
    409: { description: 'The registration was already decided.' },
    410: { description: 'The link expired.' },
    422: { description: 'A rejection without a reason.' },
  },
});

const isFormPost = (contentType: string | undefined) =>
  /^application\/x-www-form-urlencoded/i.test(contentType ?? '');

/**
 * The decision is recorded once, then the registration's journey moves on (the partner is
 * emailed). A decision sent again answers 409 and, in case the first one could not tell the
 * journey, tells it again.
 */
export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata }) => {
    const token = event.pathParameters?.token ?? '';
    const form = isFormPost(event.headers?.['content-type']);
    if (typeof event.body !== 'object' || event.body === null) {
      throw new ApiError(
        415,
        'unsupported-media-type',
        'Send the decision as a form or as application/json.',
      );
    }
    const body = parseRequest(DecisionBody, event.body, 'body');
    const app = deps();
    try {
      const registration = await decideOnRegistration(app, { token, ...body }, metadata);
      const { registrationId, status } = registration;
      await app.workflow.completeStep({ kind: 'approval', registrationId }, { decision: status });
      if (form) return html(200, decidedPage(await openApprovalLink(app, token)));
      return json(200, { registrationId, status, decidedAt: registration.decision?.decidedAt });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'already-decided') {
        const context = await openApprovalLink(app, token);
        const { registrationId, status } = context.registration;
        await app.workflow.completeStep({ kind: 'approval', registrationId }, { decision: status });
        if (form) return html(409, decidedPage(context));
      }
      if (form && error instanceof DomainError) {
        return html(
          statusOfDomainError(error),
          linkProblemPage('The decision was not recorded', error.message),
        );
      }
      throw error;
    }
  });

export const handler = createHandler(runtime);
