import * as z from 'zod';
import { notFound } from '../../../domain/errors.js';
import { Text } from '../../../events/fields.js';
import { InquiryId } from '../../../events/inquiries.js';
import { answerInquiry } from '../../application/inquiries/inquiries.js';
import type { ApiDeps, DepsOf } from '../../http/api-deps.js';
import { apiHandler } from '../../http/api-handler.js';
import { parseRequest } from '../../http/parse.js';
import { json } from '../../http/responses.js';
import { defineRoute } from '../../http/route.js';
import { runtime } from '../../runtime/runtime.js';

export const AnswerBody = z.strictObject({ message: Text(2000) });

export const inquiryIdOf = (value: string | undefined) => {
  if (!InquiryId.safeParse(value).success)
    throw notFound('inquiry-not-found', `There is no inquiry ${value}.`);
  return value as string;
};

export const route = defineRoute({
  name: 'finance-inquiries-answer',
  method: 'POST',
  path: '/finance/inquiries/{inquiryId}/answer',
  role: 'finance',
  body: 'json',
  summary:
    'Answers an open inquiry; the partner is emailed. With an `Idempotency-Key` header, a retried request answers what the first one recorded.',
  uses: ['event-store:append', 'email'],
  request: {
    body: AnswerBody,
    example: {
      body: { message: 'The sale was reported under another MPN ID; we are checking with the distributor.' },
    },
  },
  responses: {
    200: { description: 'The inquiry with its answers.' },
    400: { description: 'No message.' },
    401: { description: 'No finance credentials.' },
    404: { description: 'No such inquiry.' },
    409: {
      description: 'The inquiry is resolved already, or the `Idempotency-Key` was used for another request.',
    },
  },
});

export const createHandler = (deps: DepsOf<ApiDeps>) =>
  apiHandler(route, async ({ event, metadata, idempotencyKey }) => {
    const inquiryId = inquiryIdOf(event.pathParameters?.inquiryId);
    const { message } = parseRequest(AnswerBody, event.body, 'body');
    return json(200, await answerInquiry(deps(), { inquiryId, message }, metadata, idempotencyKey));
  });

export const handler = createHandler(runtime);
