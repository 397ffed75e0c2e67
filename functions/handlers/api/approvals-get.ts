import { openApprovalLink } from '../../application/approval-link.js';
import { apiHandler } from '../../http/api-handler.js';
import { statusOfRefusal } from '../../http/error-response.js';
import { PAGE } from '../../http/responses.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';
import { approvalPage, approverWords, linkProblemPage } from '../../web/approval/approval-page.js';
import { pageResult } from '../../web/page-result.js';

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
    200: { description: 'The page.', contentTypes: [PAGE] },
    404: { description: 'Not a link that was sent.', contentTypes: [PAGE] },
    410: { description: 'The link expired before a decision.', contentTypes: [PAGE] },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event }) => {
    const w = approverWords(event.headers?.['accept-language']);
    const opened = await openApprovalLink(deps(), event.pathParameters?.token ?? '');
    if (opened.ok) return pageResult(200, approvalPage(w, opened.context));
    return pageResult(
      statusOfRefusal(opened.refusal),
      linkProblemPage(w, 'approval.problem.title', opened.refusal),
    );
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:read': storeProvider }));
