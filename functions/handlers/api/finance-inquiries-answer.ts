import { inquiryNotFound } from '../../../domain/inquiries/decide.js';
import { InquiryId } from '../../../events/inquiries.js';
import { answerInquiry } from '../../application/inquiries/inquiries.js';
import { apiHandler } from '../../http/api-handler.js';
import { refusalResponse } from '../../http/error-response.js';
import { AnswerBody } from '../../http/inquiry-body.js';
import { InquiryJson } from '../../http/inquiry-json.js';
import { defineRoute, type RouteDeps } from '../../http/route.js';
import { storeProvider } from '../../runtime/dynamodb.js';
import { routeRuntime } from '../../runtime/route-runtime.js';

export const route = defineRoute({
  name: 'finance-inquiries-answer',
  method: 'POST',
  path: '/finance/inquiries/{inquiryId}/answer',
  role: 'finance',
  body: 'json',
  summary:
    'Answers an open inquiry; the partner is emailed. With an `Idempotency-Key` header, a retried request answers what the first one recorded.',
  uses: ['event-store:append'],
  request: {
    body: AnswerBody,
    idempotencyKey: true,
    example: {
      body: { message: 'The sale was reported under another MPN ID; we are checking with the distributor.' },
    },
  },
  responses: {
    200: { description: 'The inquiry with its answers.', body: InquiryJson },
    400: { description: 'No message.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such inquiry.' },
    409: {
      description: 'The inquiry is resolved already, or the `Idempotency-Key` was used for another request.',
    },
  },
});

export const createHandler = (deps: () => RouteDeps<typeof route>) =>
  apiHandler(route, async ({ event, body, metadata, idempotencyKey, answer }) => {
    const inquiryId = event.pathParameters?.inquiryId ?? '';
    if (!InquiryId.safeParse(inquiryId).success) return refusalResponse(inquiryNotFound(inquiryId));
    const answered = await answerInquiry(
      deps(),
      { inquiryId, message: body.message },
      metadata,
      idempotencyKey,
    );
    return answered.ok ? answer(200, answered.inquiry) : refusalResponse(answered.refusal);
  });

export const handler = createHandler(routeRuntime(route, { 'event-store:append': storeProvider }));
