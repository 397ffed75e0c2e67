import { DomainError } from '../../../domain/errors.js';
import { openApprovalLink } from '../../application/approval-link.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { statusOfDomainError } from '../../http/error-response.js';
import { approvalPage, linkProblemPage } from '../../http/pages/approval-pages.js';
import { html } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { storeRuntime } from '../../runtime/store-runtime.js';

export const route = defineRoute({
  name: 'approvals-get',
  method: 'GET',
  path: '/approvals/{token}',
  role: 'approver',
  body: 'none',
  summary:
    'The page an approval email links to: the registration, and Approve / Reject buttons. Changes nothing.',
  uses: ['event-store:read'],
  responses: {
    200: { description: 'The page.', contentType: 'text/html; charset=utf-8' },
    404: { description: 'Not a link that was sent.', contentType: 'text/html; charset=utf-8' },
    410: { description: 'The link expired before a decision.', contentType: 'text/html; charset=utf-8' },
  },
});

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event }) => {
    try {
      return html(200, approvalPage(await openApprovalLink(deps(), event.pathParameters?.token ?? '')));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return html(statusOfDomainError(error), linkProblemPage('This link cannot be used', error.message));
    }
  });

export const handler = createHandler(storeRuntime);
